#include "linkflows.h"

namespace Planar {

LinkFlows::LinkFlows(const Plan &plan, const PlanLookup &lookup, const EndpointResolver &resolver,
                     const QDate &today)
    : mResolver(resolver), mJudge(plan, lookup, today)
{
}

QString LinkFlows::linkName(const Link &link)
{
    return link.id.isEmpty() ? link.from + QStringLiteral("-to-") + link.to : link.id;
}

QList<AllowedFlow> LinkFlows::allowed(const Link &link) const
{
    QList<AllowedFlow> flows;
    const QList<Endpoint> froms = mResolver.expand(link.from);
    const QList<Endpoint> tos = mResolver.expand(link.to);
    for (const Endpoint &from : froms) {
        for (const Endpoint &to : tos) {
            if (from.id == to.id) continue;
            // Judge the concrete pair, so a zone link opens exactly the member flows the
            // matrix allows and no others.
            Link pair = link;
            pair.from = from.id;
            pair.to = to.id;
            const QList<FlowVerdict> verdicts = mJudge.judge(pair);
            if (verdicts.isEmpty()) continue;
            bool ok = true;
            bool exception = false;
            for (const FlowVerdict &v : verdicts) {
                ok = ok && (v.allowed || v.byException);
                exception = exception || v.byException;
            }
            if (ok) flows.append({from, to, exception});
        }
    }
    return flows;
}

} // namespace Planar
