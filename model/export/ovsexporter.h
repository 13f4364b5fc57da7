#pragma once

#include "exporter.h"

#include <QMap>

namespace Planar {

class OvsZoneFlows;

/**
 * The VM plane's switches (exports.md "ovs", seed section 4.2): per host an idempotent
 * `HOSTID.ovs.sh` (bridges, VLAN trunks, VM access ports) and per switch a port-security
 * flow table `HOSTID.SWITCH.flows` for `ovs-ofctl replace-flows`.
 */
class OvsExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("ovs"); }
    QString description() const override;
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;

    /**
     * The OVS port name of every VM NIC on @p host, keyed "VMID/NICNAME": `VMID-NICNAME`, or
     * when that exceeds 15 characters (Linux's limit) or is taken, its first 10 characters and
     * a hash, so that the name is stable across exports and unique on the host.
     */
    static QMap<QString, QString> portNames(const Plan &plan, const QString &host);
    /** The key of a VM NIC in portNames(): "VMID/NICNAME". */
    static QString portKey(const Vm &vm, const VmNic &nic);

private:
    bool checkNames(const Plan &plan);
    QByteArray script(const Plan &plan, const Host &host, const QMap<QString, QString> &ports);
    QByteArray flows(const Plan &plan, const Host &host, const VirtualSwitch &sw,
                     const QMap<QString, QString> &ports, const OvsZoneFlows &zones);
};

} // namespace Planar
