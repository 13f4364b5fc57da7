#include "reportjson.h"

#include "reportwording.h"

namespace Planar {

namespace {

QString list(const QStringList &items)
{
    QStringList quoted;
    for (const QString &s : items)
        quoted << jsonString(s);
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

/** One object on one line: keys in the order given. */
QString object(const QList<QPair<QString, QString>> &fields)
{
    QStringList parts;
    for (const auto &[key, value] : fields)
        parts << jsonString(key) + QStringLiteral(": ") + value;
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString array(const QStringList &objects)
{
    if (objects.isEmpty()) return QStringLiteral("[]");
    return QStringLiteral("[\n  ") + objects.join(QStringLiteral(",\n  ")) + QStringLiteral("]");
}

} // namespace

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            // Controls, and U+2028/2029 that break JavaScript readers of JSON.
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QByteArray reportJson(const Report &r, const QString &lang)
{
    const ReportText text(lang);
    const auto str = [](const QString &s) { return jsonString(s); };
    QStringList top;
    QList<QPair<QString, QString>> generator{{"exporter", str("report")},
                                             {"plan", str(r.planName)},
                                             {"sha256", str(r.sha256)},
                                             {"today", str(r.today.toString(Qt::ISODate))},
                                             {"planar", str(r.version)}};
    if (r.forced)
        generator.append({"warning", str("written with --force although the plan has errors")});
    top << QStringLiteral("\"generator\": ") + object(generator);
    top << QStringLiteral("\"profiles\": ") + list(r.profiles);
    QList<QPair<QString, QString>> verdicts;
    for (const QString &p : r.profiles)
        verdicts.append({p, str(r.verdict(p))});
    top << QStringLiteral("\"verdicts\": ") + object(verdicts);

    QStringList zones;
    for (const ReportZone &z : r.zones)
        zones << object({{"id", str(z.id)},
                         {"level", z.level ? QString::number(*z.level) : QStringLiteral("null")},
                         {"cde", z.cde ? QStringLiteral("true") : QStringLiteral("false")},
                         {"scope", str(scopeKey(z.scope))},
                         {"members", object({{"hosts", list(z.hosts)},
                                             {"vms", list(z.vms)},
                                             {"networks", list(z.networks)},
                                             {"workloads", list(z.workloads)}})}});
    top << QStringLiteral("\"zones\": ") + array(zones);

    QStringList flows;
    for (const ReportFlow &f : r.flows)
        flows << object({{"link", str(f.link)},
                         {"from", str(f.from)},
                         {"to", str(f.to)},
                         {"ports", list(f.ports)},
                         {"planes", str(f.planes)},
                         {"verdict", str(f.verdict)},
                         {"reason", str(f.reason)},
                         {"cde", str(f.cde)},
                         {"enforcedBy", list(f.enforcedBy)}});
    top << QStringLiteral("\"flows\": ") + array(flows);

    QStringList exceptions;
    for (const ReportException &e : r.exceptions)
        exceptions << object(
            {{"link", str(e.link)},
             {"reason", str(e.reason)},
             {"approvedBy", str(e.approvedBy)},
             {"expires",
              e.expires.isValid() ? str(e.expires.toString(Qt::ISODate)) : QStringLiteral("null")},
             {"state", str(e.state)},
             {"daysLeft", e.daysLeft ? QString::number(*e.daysLeft) : QStringLiteral("null")}});
    top << QStringLiteral("\"exceptions\": ") + array(exceptions);

    QStringList checks;
    for (const ReportCheck &c : r.checks)
        checks << object({{"id", str(c.id)},
                          {"profile", str(c.profile)},
                          {"refs", list(c.refs)},
                          {"mode", str(c.automatic ? "auto" : "manual")},
                          {"status", str(statusKey(c.status))},
                          {"subjects", list(c.subjects)},
                          {"detail", str(checkDetail(c, text))}});
    top << QStringLiteral("\"checks\": ") + array(checks);

    QStringList findings;
    for (const ReportFinding &f : r.findings)
        findings << object({{"code", str(f.finding.code)},
                            {"severity", str(severityKey(f.finding.severity))},
                            {"subjects", list(f.finding.subjects)},
                            {"message", str(f.finding.message)},
                            {"checks", list(f.checks)}});
    top << QStringLiteral("\"findings\": ") + array(findings);

    QStringList probes;
    for (const SegmentationProbe &p : r.probes)
        probes << object({{"from", str(p.from)},
                          {"to", str(p.to)},
                          {"address", str(p.address)},
                          {"port", str(p.port)},
                          {"expect", str(p.expect)},
                          {"reason", str(text(p.reason))}});
    top << QStringLiteral("\"segmentationTests\": ") + array(probes);
    return (QLatin1Char('{') + top.join(QStringLiteral(",\n")) + QStringLiteral("}\n")).toUtf8();
}

} // namespace Planar
