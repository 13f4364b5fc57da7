#pragma once

#include "plan/plan.h"

#include <QDate>
#include <QHash>

namespace Planar {

/**
 * Which generated artifact enforces which link, read from what the exporters really write (nft
 * rule comments, NetworkPolicy names, the Istio policies' `planar.dev/links` annotation, the
 * OVS port-security flows and libvirt interfaces of the VMs a link's flows start or end at),
 * so that explain, the editor's link tooltips and the report never name a rule the artifacts
 * do not hold. The one list all three ask.
 */
class EnforcingArtifacts {
public:
    EnforcingArtifacts(const Plan &plan, const QDate &today);

    /**
     * "host1.nft:input", "networkpolicies.yaml:shop/web-to-db-ingress",
     * "istio.yaml:shop/allow-to-db", "host1.br-biz.flows:node1-ens3",
     * "node1.ens3.interface.xml" … for link @p linkName (LinkFlows::linkName), in exporter order.
     */
    QStringList of(const QString &linkName) const { return mByLink.value(linkName); }
    /** Exporters that refused the plan, with their first error: the report says so. */
    QStringList refusals() const { return mRefusals; }

    /** The exporters read, in the order their artifacts are listed. */
    static QStringList kinds();

private:
    void add(const QString &link, const QString &where);
    void readNftables(const QString &file, const QByteArray &text);
    void readPolicies(const QString &file, const QByteArray &text, const Plan &plan);
    void readIstio(const QString &file, const QByteArray &text);
    void readOvsFlows(const QString &file, const QByteArray &text);
    void readInterface(const QString &file, const QByteArray &text);
    void addVmLinks(const Plan &plan, const QDate &today);

    QHash<QString, QStringList> mByLink;
    QStringList mRefusals;
    /** VM id → its OVS port-security flows ("FILE:PORT") and libvirt interface files. */
    QHash<QString, QStringList> mVmArtifacts;
};

} // namespace Planar
