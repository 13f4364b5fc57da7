// Rule family: management and business NICs kept apart on every host (seed section 4.1).
#include "validationcontext.h"

namespace Planar {

void checkHostNics(ValidationContext &context)
{
    const Plan &plan = context.plan();
    const PlanLookup &lookup = context.lookup();
    if (plan.hosts.isEmpty()) return;
    const auto isManagement = [&](const QString &networkId) {
        const Network *n = lookup.network(networkId);
        return n && n->plane == Plane::Host && n->role == QLatin1String("management");
    };
    const bool anyManagement =
        std::any_of(plan.networks.begin(), plan.networks.end(), [](const Network &n) {
            return n.plane == Plane::Host && n.role == QLatin1String("management");
        });
    if (!anyManagement)
        context.add("no-management-network", Severity::Warning, {},
                    QStringLiteral("the plan has hosts but no host network with role: management; "
                                   "add one so SSH and monitoring stay off the business network"));

    for (const Host &h : plan.hosts) {
        QStringList management, business;
        for (const HostNic &nic : h.nics)
            (isManagement(nic.network) ? management : business) << nic.name;
        QStringList uplinkedManagement;
        for (const VirtualSwitch &sw : h.switches)
            if (management.contains(sw.uplink)) uplinkedManagement << sw.name;
        QString problem;
        if (management.isEmpty()) problem = QStringLiteral("has no NIC on a management network");
        // A bastion with one management NIC carries no business traffic; a host that runs
        // VMs or switches does, and then it shares the management NIC.
        else if (business.isEmpty() && (!h.switches.isEmpty() || !lookup.vmsOfHost(h.id).isEmpty()))
            problem = QStringLiteral("has only management NICs (%1), so business traffic would "
                                     "share them")
                          .arg(management.join(QStringLiteral(", ")));
        else if (!uplinkedManagement.isEmpty())
            problem = QStringLiteral("carries VM traffic over its management NIC (switch %1)")
                          .arg(uplinkedManagement.join(QStringLiteral(", ")));
        if (!problem.isEmpty())
            context.add("host-nic-shared", Severity::Warning, {h.id},
                        QStringLiteral("host '%1' %2; give it a management NIC (SSH, monitoring) "
                                       "separate from its business NICs")
                            .arg(h.id, problem));
    }
}

} // namespace Planar
