// Rule family: every link judged by the plane matrix; exceptions and their expiry.
#include "linkjudge.h"
#include "validationcontext.h"

namespace Planar {

void checkLinks(ValidationContext &context)
{
    const LinkJudge judge(context.plan(), context.lookup(), context.today());
    for (const Link &link : context.plan().links) {
        const QStringList ends{link.from, link.to};
        if (link.exception && link.exception->expires.isValid() &&
            !link.exception->isLive(context.today()))
            context.add("exception-expired", Severity::Error, ends,
                        QStringLiteral("the exception of link %1 expired on %2, so the link is "
                                       "judged by the plane matrix again; renew it with a new "
                                       "date and approval, or remove the link")
                            .arg(link.label(), link.exception->expires.toString(Qt::ISODate)));
        if (link.exception && !link.exception->expires.isValid())
            context.add("exception-no-expiry", Severity::Warning, ends,
                        QStringLiteral("the exception of link %1 has no 'expires' date; a "
                                       "temporary authorisation needs an end date")
                            .arg(link.label()));
        QSet<QString> reported;
        bool byException = false;
        for (const FlowVerdict &v : judge.judge(link)) {
            byException = byException || v.byException;
            if (v.allowed || reported.contains(v.code)) continue;
            reported.insert(v.code);
            const QString members = (v.fromId != link.from || v.toId != link.to)
                                        ? QStringLiteral(" (for %1 → %2)").arg(v.fromId, v.toId)
                                        : QString();
            context.add(v.code.toLatin1().constData(), Severity::Error, ends,
                        QStringLiteral("link %1%2 is forbidden: %3; remove it, route it through "
                                       "an allowed path, or add an exception with a reason and "
                                       "an expiry date")
                            .arg(link.label(), members, v.decidedBy));
        }
        if (byException)
            context.add("exception-active", Severity::Info, ends,
                        QStringLiteral("link %1 is forbidden by the plane matrix but allowed "
                                       "until %2 by an exception (%3); remove it when the work "
                                       "is done")
                            .arg(link.label(),
                                 link.exception->expires.isValid()
                                     ? link.exception->expires.toString(Qt::ISODate)
                                     : QStringLiteral("further notice"),
                                 link.exception->reason.isEmpty()
                                     ? QStringLiteral("no reason given")
                                     : link.exception->reason));
    }
}

} // namespace Planar
