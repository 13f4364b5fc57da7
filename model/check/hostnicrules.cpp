// Rule family: management and business NICs kept apart on every host (seed section 4.1).
#include "validationcontext.h"

#include <QVarLengthArray>

namespace Planar {

void checkHostNics(ValidationContext &context)
{
    const Plan &plan = context.plan();
    const PlanLookup &lookup = context.lookup();
    if (plan.hosts.isEmpty()) return;
    const auto isManagement = [&](const Network *n) {
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

    for (qsizetype hi = 0; hi < plan.hosts.size(); ++hi) {
        const Host &h = plan.hosts[hi];
        // Names are listed only for a finding: this runs for every host.
        QVarLengthArray<bool, 8> managementNic;
        bool anyManagementNic = false, anyBusinessNic = false;
        for (qsizetype ni = 0; ni < h.nics.size(); ++ni) {
            managementNic.append(isManagement(context.network(context.hostNicNetwork(hi, ni))));
            (managementNic.back() ? anyManagementNic : anyBusinessNic) = true;
        }
        const auto managementNames = [&] {
            QStringList names;
            for (qsizetype ni = 0; ni < h.nics.size(); ++ni)
                if (managementNic[ni]) names << h.nics[ni].name;
            return names;
        };
        const auto uplinkedManagement = [&] {
            const QStringList management = managementNames();
            QStringList switches;
            for (const VirtualSwitch &sw : h.switches)
                if (management.contains(sw.uplink)) switches << sw.name;
            return switches;
        };
        const auto uplinksManagement = [&] {
            for (const VirtualSwitch &sw : h.switches)
                for (qsizetype ni = 0; ni < h.nics.size(); ++ni)
                    if (managementNic[ni] && h.nics[ni].name == sw.uplink) return true;
            return false;
        };
        QString problem;
        if (!anyManagementNic) problem = QStringLiteral("has no NIC on a management network");
        // A bastion with one management NIC carries no business traffic; a host that runs
        // VMs or switches does, and then it shares the management NIC.
        else if (!anyBusinessNic && (!h.switches.isEmpty() || !lookup.vmsOfHost(h.id).isEmpty()))
            problem = QStringLiteral("has only management NICs (%1), so business traffic would "
                                     "share them")
                          .arg(managementNames().join(QStringLiteral(", ")));
        else if (uplinksManagement())
            problem = QStringLiteral("carries VM traffic over its management NIC (switch %1)")
                          .arg(uplinkedManagement().join(QStringLiteral(", ")));
        if (!problem.isEmpty())
            context.add("host-nic-shared", Severity::Warning, {h.id},
                        QStringLiteral("host '%1' %2; give it a management NIC (SSH, monitoring) "
                                       "separate from its business NICs")
                            .arg(h.id, problem));
    }
}

} // namespace Planar
