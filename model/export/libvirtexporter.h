#pragma once

#include "exporter.h"

namespace Planar {

/**
 * The VM plane's libvirt side (exports.md "libvirt"): per host switch an OVS bridge network
 * `HOSTID-SWITCH.network.xml` with one portgroup per VLAN, and per VM NIC an interface
 * `VMID.NICNAME.interface.xml` on that network and portgroup, bound to the NIC's MAC.
 */
class LibvirtExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("libvirt"); }
    QString description() const override;
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;

private:
    bool checkNames(const Plan &plan);
};

} // namespace Planar
