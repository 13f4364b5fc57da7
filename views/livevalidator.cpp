#include "livevalidator.h"

#include "autolayout.h"
#include "check/linkjudge.h"
#include "check/validationcontext.h"
#include "check/validator.h"
#include "document/plandocument.h"
#include "export/enforcingartifacts.h"
#include "export/linkflows.h"
#include "report/reportbuilder.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Planar {

namespace {

/** Links, workloads and VMs together, up to which tooltips name the enforcing artifacts. */
constexpr qsizetype EnforcementSizeLimit = 2000;

/**
 * What `planar-cli explain` says about a link, as its tooltip: ports, verdicts, reason, and
 * for a link that is let through, the artifacts that enforce it.
 */
QString linkTooltip(const Link &link, const QList<FlowVerdict> &verdicts, LinkState state,
                    const std::optional<QStringList> &enforcedBy)
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
    if (state != LinkState::Forbidden && !enforcedBy)
        lines << QObject::tr("Enforced by: see planar-cli explain (the plan is too large to "
                             "export on every edit)");
    else if (state != LinkState::Forbidden && !enforcedBy->isEmpty())
        lines << QObject::tr("Enforced by: %1").arg(enforcedBy->join(QStringLiteral(", ")));
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

/** Some entity of @p plan is called @p id (found without hashing every id). */
bool declares(const Plan &plan, const QString &id)
{
    bool found = false;
    PlanLookup::forEachDeclaration(plan, [&](const QString &declared, EntityKind, qsizetype) {
        found = found || declared == id;
    });
    return found;
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
                                           const QDate &today, const ValidationResult *previous)
{
    ValidationResult r;
    if (previous) r.memo = previous->memo;
    r.findings = validatePlan(plan, today, 0, &r.memo);
    r.summary = summarize(r.findings);
    r.keys.reserve(r.findings.size());
    const bool clusterIsAnId = declares(plan, ClusterSubject);
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
    r.judgeLinks(plan, linkKeys, today, previous);
    return r;
}

void ValidationResult::judgeLinks(const Plan &plan, const QStringList &linkKeys,
                                  const QDate &today, const ValidationResult *previous)
{
    // Every exporter runs to name the enforcing artifacts, which takes minutes on plans of
    // thousands of workloads (docs/performance.md): those leave it to planar-cli explain.
    const bool withArtifacts =
        plan.links.size() + plan.workloads.size() + plan.vms.size() <= EnforcementSizeLimit;
    // A small plan is judged whole, its tooltips naming artifacts: it keeps no basis.
    if (!withArtifacts) linkBasis = LinkBasis{LinkJudgeInputs::of(plan, linkKeys), today};
    const LinkBasis *basis = previous && previous->linkBasis ? &*previous->linkBasis : nullptr;
    LinkJudgeDiff diff;
    if (!basis || !linkBasis || basis->today != today)
        diff.everything = true;
    else
        diff = LinkJudgeDiff::between(basis->inputs, linkBasis->inputs);

    // Built at the first link judged: hashing every id takes 50 ms at 50,000 VMs.
    std::optional<PlanLookup> lookup;
    std::optional<LinkJudge> judge;
    std::optional<EnforcingArtifacts> artifacts;
    const auto judgeLink = [&](qsizetype i) {
        if (!judge) {
            lookup.emplace(plan);
            judge.emplace(plan, *lookup, today);
            if (withArtifacts) artifacts.emplace(plan, today);
        }
        const Link &link = plan.links[i];
        const QList<FlowVerdict> verdicts = judge->judge(link);
        LinkState state = LinkState::Allowed;
        for (const FlowVerdict &v : verdicts) {
            if (!v.allowed && !v.byException)
                state = LinkState::Forbidden;
            else if (v.byException && state == LinkState::Allowed)
                state = LinkState::ByException;
        }
        // Allowed links get their explanation too: the tooltip answers "why may this flow?"
        links.insert(linkKeys[i],
                     {state, linkTooltip(link, verdicts, state,
                                         artifacts ? std::optional<QStringList>(
                                                         artifacts->of(LinkFlows::linkName(link)))
                                                   : std::nullopt)});
        ++linksJudged;
    };

    const qsizetype count = std::min(plan.links.size(), linkKeys.size());
    if (diff.everything) {
        for (qsizetype i = 0; i < count; ++i)
            judgeLink(i);
        return;
    }
    // The links an edit added, removed or changed are judged afresh; of the others, those
    // with an end whose verdict may have changed. The rest keep theirs.
    links = previous->links;
    for (qsizetype i = diff.from; i < basis->inputs.linkKeys.size() - diff.tail; ++i)
        links.remove(basis->inputs.linkKeys[i]);
    for (qsizetype i = 0; i < count; ++i)
        if (diff.judgeAgain(linkBasis->inputs, i)) judgeLink(i);
}

ComplianceResult ComplianceResult::compute(const Plan &plan, const QDate &today,
                                           const QList<Finding> &findings,
                                           const std::optional<DiagramEvidence> &diagram)
{
    // The checklist is the report's own: one place computes it.
    const Report report = buildReport(plan, today, findings, diagram ? &*diagram : nullptr,
                                      ReportDepth::Checklist);
    ComplianceResult c;
    c.profiles = report.profiles;
    c.unknownProfiles = report.unknownProfiles;
    for (const QString &profile : report.profiles)
        c.verdicts.insert(profile, report.verdict(profile));
    c.checks = report.checks;
    return c;
}

LiveValidator::LiveValidator(PlanDocument *document, QObject *parent)
    : QObject(parent), mDocument(document), mTimer(new QTimer(this)), mToday(QDate::currentDate())
{
    mTimer->setSingleShot(true);
    mTimer->setInterval(150);
    connect(mTimer, &QTimer::timeout, this, &LiveValidator::start);
    connect(&mWatcher, &QFutureWatcher<ValidationResult>::finished, this, &LiveValidator::finished);
    connect(&mComplianceWatcher, &QFutureWatcher<ComplianceResult>::finished, this,
            &LiveValidator::complianceFinished);
    // A plan read anew (opened, restored, or swapped whole by a rename) may hold its unknown
    // keys at other lines, which findings name but == does not compare: nothing is kept
    // across it, and its first run is a whole one. planReset comes before contentChanged.
    connect(document, &PlanDocument::planReset, this, [this] {
        mResult.memo = {};
        mResult.linkBasis.reset();
    });
    connect(document, &PlanDocument::contentChanged, this, &LiveValidator::schedule);
    schedule();
}

LiveValidator::~LiveValidator()
{
    mWatcher.waitForFinished();
    mComplianceWatcher.waitForFinished();
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
    return mTimer->isActive() || mRunningGeneration >= 0 || mComplianceGeneration >= 0;
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
    // An edit after a quiet spell is validated at once, so its colours come as soon as the
    // validator is done (on a 10,000-VM plan the delay was half the wait); edits that follow
    // within the delay are gathered into one run after it.
    const bool quiet = !mTimer->isActive() && mRunningGeneration < 0 &&
                       (!mLastRun.isValid() || mLastRun.elapsed() >= mTimer->interval());
    if (quiet)
        start();
    else
        mTimer->start();
}

void LiveValidator::start()
{
    if (mRunningGeneration >= 0) return; // finished() starts the next run
    mRunningGeneration = mGeneration;
    mLastRun.start();
    // The worker gets copies: the document keeps changing while it runs. The result shown
    // last is what the run keeps findings and link verdicts from.
    mWatcher.setFuture(QtConcurrent::run(
        [plan = mDocument->plan(), keys = mDocument->linkKeys(), today = mToday,
         previous = mResult] { return ValidationResult::compute(plan, keys, today, &previous); }));
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
    // The checklist shown stays until the new one is ready: no flicker while typing.
    const ComplianceResult shown = mResult.compliance;
    mResult = mWatcher.result();
    mResult.compliance = shown;
    mResultGeneration = generation;
    Q_EMIT resultReady();
    startCompliance();
}

void LiveValidator::startCompliance()
{
    if (mComplianceGeneration >= 0) return; // complianceFinished() starts the next run
    if (mDocument->plan().profiles.isEmpty()) {
        mResult.compliance = {}; // nothing to compute: the panel says how to choose a profile
        Q_EMIT complianceReady();
        return;
    }
    // Called only while the document is at mResultGeneration: the findings are its own.
    mComplianceGeneration = mResultGeneration;
    std::optional<DiagramEvidence> evidence;
    if (mEvidence) evidence = mEvidence();
    mComplianceWatcher.setFuture(QtConcurrent::run(&ComplianceResult::compute, mDocument->plan(),
                                                   mToday, mResult.findings, evidence));
}

void LiveValidator::complianceFinished()
{
    const int generation = mComplianceGeneration;
    mComplianceGeneration = -1;
    if (generation == mGeneration) {
        mResult.compliance = mComplianceWatcher.result();
        Q_EMIT complianceReady();
    } else if (mResultGeneration == mGeneration) {
        startCompliance(); // a newer result came while this ran; it has no checklist yet
    } // else: an edit is still being validated; its finished() starts the checklist
}

} // namespace Planar
