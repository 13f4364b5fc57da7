#include "reportwording.h"

namespace Planar {

namespace {

QString planeWord(Plane plane, const ReportText &t)
{
    return t(QStringLiteral("plane.") + planeKey(plane));
}

/** The plane matrix's why for a cell, as LinkJudge's cellReason gives it in English. */
QString cellWords(Plane from, Plane to, const ReportText &t)
{
    static const QStringList known{"host->vm",      "host->pod",    "vm->host",
                                   "pod->host",     "pod->vm",      "pod->pod",
                                   "pod->external", "external->vm", "external->service"};
    const QString cell = planeKey(from) + QStringLiteral("->") + planeKey(to);
    return t(QStringLiteral("cell.") + (known.contains(cell) ? cell : QStringLiteral("other")));
}

QString chineseVerdict(const FlowVerdict &v, const ReportText &t)
{
    using Rule = FlowVerdict::Rule;
    const QString arg0 = v.ruleArgs.value(0), arg1 = v.ruleArgs.value(1);
    switch (v.rule) {
    case Rule::Matrix:
        return t("judge.matrix", {planeWord(v.fromPlane, t), planeWord(v.toPlane, t),
                                  t(v.allowed ? "judge.allowed" : "judge.denied"),
                                  cellWords(v.fromPlane, v.toPlane, t)});
    case Rule::Override:
        return t(arg0.isEmpty() ? "judge.override" : "judge.overrideReason",
                 {planeKey(v.fromPlane), planeKey(v.toPlane),
                  t(v.allowed ? "judge.allowed" : "judge.denied"), arg0});
    case Rule::SameZone:
        return t("judge.sameZone");
    case Rule::CrossZone:
        return t("judge.crossZone", {arg0, arg1});
    case Rule::FromAdminNetwork:
        return t("judge.fromAdmin", {arg0});
    case Rule::NotFromAdminNetwork:
        return t("judge.notFromAdmin", {arg0});
    case Rule::ExposedWorkload:
        return t("judge.exposed", {arg0, arg1});
    case Rule::UnexposedWorkload:
        return t("judge.unexposed", {arg0});
    case Rule::Exception: {
        const QString expires = v.ruleArgs.value(2);
        return t("judge.exception",
                 {arg0.isEmpty() ? QString() : t("judge.exceptionReason", {arg0}),
                  arg1.isEmpty() ? QString() : t("judge.exceptionApprovedBy", {arg1}),
                  expires.isEmpty() ? t("judge.exceptionNoExpiry")
                                    : t("judge.exceptionUntil", {expires})});
    }
    }
    return v.decidedBy;
}

QString groupsWords(const SystemFlow &flow, const ReportText &t)
{
    if (!t.chinese()) return flow.groupsText();
    const auto group = [](NodeGroup g) {
        return g == NodeGroup::ControlPlane ? QStringLiteral("control-plane")
                                            : QStringLiteral("every node");
    };
    if (flow.from == flow.to) return t(QStringLiteral("group.pair.") + group(flow.from));
    return t(QStringLiteral("group.") + group(flow.from)) + QStringLiteral(" → ") +
           t(QStringLiteral("group.") + group(flow.to));
}

} // namespace

QString checkDetail(const ReportCheck &check, const ReportText &text)
{
    QStringList lines;
    for (const ReportPhrase &p : check.details)
        lines << text(p);
    return lines.join(text("phrase.separator"));
}

QString verdictWords(const FlowVerdict &verdict, const ReportText &text)
{
    const QString words = text.chinese() ? chineseVerdict(verdict, text) : verdict.decidedBy;
    return verdict.code.isEmpty() ? words : text("explain.code", {words, verdict.code});
}

QStringList flowExplanation(const ReportFlow &flow, const ReportText &text)
{
    if (flow.system) {
        const SystemFlow &s = flow.systemFlow;
        const QString why = text.chinese() ? text(QStringLiteral("why.") + s.name) : s.why;
        return {text("explain.system", {s.name, groupsWords(s, text), why})};
    }
    QStringList lines;
    for (const FlowVerdict &v : flow.verdicts)
        lines << text("explain.line",
                      {planeKey(v.fromPlane), planeKey(v.toPlane), verdictWords(v, text)});
    return lines;
}

} // namespace Planar
