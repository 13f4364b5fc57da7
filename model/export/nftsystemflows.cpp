#include "nftsystemflows.h"

#include "endpointresolver.h"
#include "nftsyntax.h"

namespace Planar {

using namespace NftSyntax;

QString NftSystemFlows::ruleName(const SystemFlow &flow)
{
    return QStringLiteral("cluster system flow (%1)").arg(flow.name);
}

NftSystemFlows NftSystemFlows::build(const ClusterFlows &flows, const EndpointResolver &resolver)
{
    NftSystemFlows out;
    const auto addresses = [&](NodeGroup group) {
        QList<Cidr> all;
        for (const QString &vm : flows.nodes(group))
            for (const Endpoint &e : resolver.expand(vm))
                all += e.addresses;
        return EndpointResolver::merged(all);
    };
    const QList<Cidr> groups[] = {addresses(NodeGroup::AllNodes),
                                  addresses(NodeGroup::ControlPlane)};
    const auto key = [](NodeGroup g) {
        return g == NodeGroup::ControlPlane ? QStringLiteral("cluster_control_plane")
                                            : QStringLiteral("cluster_nodes");
    };
    for (const IpFamily f : {IpFamily::V4, IpFamily::V6}) {
        bool declared[2] = {false, false};
        for (const NodeGroup g : {NodeGroup::AllNodes, NodeGroup::ControlPlane}) {
            const QList<Cidr> ranges = EndpointResolver::ofFamily(groups[int(g)], f);
            if (ranges.isEmpty()) continue;
            out.sets += setDeclaration(key(g) + QLatin1Char('_') + familySuffix(f), f, ranges);
            declared[int(g)] = true;
        }
        for (const SystemFlow &flow : flows.flows()) {
            if (!declared[int(flow.from)] || !declared[int(flow.to)]) continue;
            const QString match = flow.port
                                      ? portMatches({*flow.port}).first()
                                      : QStringLiteral("meta l4proto %1").arg(flow.ipProtocol);
            out.rules.append(QStringLiteral("%1 saddr @%2_%3 %1 daddr @%4_%3 %5 accept%6")
                                 .arg(family(f), key(flow.from), familySuffix(f), key(flow.to),
                                      match, comment(ruleName(flow))));
        }
    }
    return out;
}

} // namespace Planar
