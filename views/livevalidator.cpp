#include "livevalidator.h"

#include "autolayout.h"
#include "check/linkjudge.h"
#include "check/validationcontext.h"
#include "check/validator.h"
#include "document/plandocument.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Planar {

namespace {

/** What `planar-cli explain` says about a link, as its tooltip: ports, verdicts, reason. */
QString linkTooltip(const Link &link, const QList<FlowVerdict> &verdicts, LinkState state)
{
    QStringList lines;
    lines << link.label();
    QStringList ports;
    for (const PortRange &p : link.ports)
        ports << p.toString();
    lines << (ports.isEmpty() ? QObject::tr("All ports")
                              : QObject::tr("Ports: %1").arg(ports.join(QStringLiteral(", "))));
    for (const FlowVerdict &v : verdicts) {
        if (state == LinkState::Forbidden && !v.allowed && !v.byException) {
            lines << QObject::tr("Forbidden by rule %1: %2").arg(v.code, v.decidedBy);
            lines << QObject::tr("Fix: remove the link, route it through an allowed path (a "
                                 "Service, an ingress), or add an exception with a reason and an "
                                 "expiry date.");
        } else if (v.byException) {
            lines << QObject::tr("Allowed by exception (rule %1 would forbid it): %2")
                         .arg(v.code, v.decidedBy);
        } else if (state == LinkState::Allowed) {
            lines << QObject::tr("Allowed: %1").arg(v.decidedBy);
        }
    }
    if (!link.reason.isEmpty()) lines << QObject::tr("Reason: %1").arg(link.reason);
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QStringList ValidationResult::keysOf(const Finding &f, const QStringList &linkKeys,
                                     bool clusterIsAnId)
{
    if (f.link >= 0 && f.link < linkKeys.size()) return {linkKeys[f.link]};
    QStringList keys;
    for (const QString &subject : f.subjects) {
        if (subject != ClusterSubject) {
            keys << subject;
            continue;
        }
        // Findings about the cluster section name it `cluster`; the canvas shows that section
        // as the cluster card. An entity that happens to be called "cluster" keeps its findings.
        keys << AutoLayout::clusterKey();
        if (clusterIsAnId) keys << subject;
    }
    return keys;
}

ValidationResult ValidationResult::compute(const Plan &plan, const QStringList &linkKeys,
                                           const QDate &today)
{
    ValidationResult r;
    r.findings = validatePlan(plan, today);
    r.summary = summarize(r.findings);
    r.keys.reserve(r.findings.size());
    const bool clusterIsAnId = PlanLookup(plan).kindOf(ClusterSubject) != EntityKind::None;
    for (const Finding &f : r.findings) {
        r.keys << keysOf(f, linkKeys, clusterIsAnId);
        const ItemStatus status = statusOf(f.severity);
        QStringList coloured = f.subjects; // a link finding colours its ends, as always
        if (coloured.contains(ClusterSubject)) {
            if (!clusterIsAnId) coloured.removeAll(ClusterSubject);
            coloured << AutoLayout::clusterKey();
        }
        for (const QString &subject : std::as_const(coloured)) {
            auto &entry = r.statuses[subject];
            if (entry.second.isEmpty() || status > entry.first) entry.first = status;
            if (entry.second.count(QLatin1Char('\n')) < 4)
                entry.second += (entry.second.isEmpty() ? QString() : QStringLiteral("\n")) +
                                f.code + QStringLiteral(": ") + f.message;
        }
    }
    const PlanLookup lookup(plan);
    const LinkJudge judge(plan, lookup, today);
    for (qsizetype i = 0; i < plan.links.size() && i < linkKeys.size(); ++i) {
        const QList<FlowVerdict> verdicts = judge.judge(plan.links[i]);
        LinkState state = LinkState::Allowed;
        for (const FlowVerdict &v : verdicts) {
            if (!v.allowed && !v.byException)
                state = LinkState::Forbidden;
            else if (v.byException && state == LinkState::Allowed)
                state = LinkState::ByException;
        }
        // Allowed links get their explanation too: the tooltip answers "why may this flow?"
        r.links.insert(linkKeys[i], {state, linkTooltip(plan.links[i], verdicts, state)});
    }
    return r;
}

LiveValidator::LiveValidator(PlanDocument *document, QObject *parent)
    : QObject(parent), mDocument(document), mTimer(new QTimer(this)), mToday(QDate::currentDate())
{
    mTimer->setSingleShot(true);
    mTimer->setInterval(150);
    connect(mTimer, &QTimer::timeout, this, &LiveValidator::start);
    connect(&mWatcher, &QFutureWatcher<ValidationResult>::finished, this, &LiveValidator::finished);
    connect(document, &PlanDocument::contentChanged, this, &LiveValidator::schedule);
    schedule();
}

LiveValidator::~LiveValidator()
{
    mWatcher.waitForFinished();
}

void LiveValidator::setDelay(int milliseconds)
{
    mTimer->setInterval(milliseconds);
}

void LiveValidator::setToday(const QDate &today)
{
    mToday = today;
    schedule();
}

bool LiveValidator::isPending() const
{
    return mTimer->isActive() || mRunningGeneration >= 0;
}

void LiveValidator::validateNow()
{
    ++mGeneration;
    mTimer->stop();
    start();
}

void LiveValidator::schedule()
{
    ++mGeneration;
    mTimer->start();
}

void LiveValidator::start()
{
    if (mRunningGeneration >= 0) return; // finished() starts the next run
    mRunningGeneration = mGeneration;
    // The worker gets copies: the document keeps changing while it runs.
    mWatcher.setFuture(QtConcurrent::run(&ValidationResult::compute, mDocument->plan(),
                                         mDocument->linkKeys(), mToday));
}

void LiveValidator::finished()
{
    const int generation = mRunningGeneration;
    mRunningGeneration = -1;
    if (generation != mGeneration) {
        // An edit came in meanwhile: this result is stale. Run again unless the debounce
        // timer will.
        if (!mTimer->isActive()) start();
        return;
    }
    mResult = mWatcher.result();
    Q_EMIT resultReady();
}

} // namespace Planar
