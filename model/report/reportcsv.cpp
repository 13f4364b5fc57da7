#include "reportcsv.h"

#include "reportwording.h"

namespace Planar {

namespace {

QString row(const QStringList &cells)
{
    QStringList out;
    for (const QString &c : cells)
        out << csvCell(c);
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace

QString csvCell(const QString &text)
{
    QString cell = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front())) cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray flowsCsv(const Report &r)
{
    QString out = row({"link", "from", "from_kind", "from_zone", "to", "to_kind", "to_zone", "port",
                       "protocol", "plane_pair", "verdict", "cde", "reason"});
    for (const ReportFlow &f : r.flows) {
        QList<QPair<QString, QString>> ports;
        for (const QString &p : f.ports) {
            const qsizetype slash = p.indexOf(QLatin1Char('/'));
            // "IP protocol 4" (a system flow's IP-in-IP) has a protocol and no port.
            ports.append(slash < 0 ? QPair<QString, QString>{QString(), p}
                                   : QPair<QString, QString>{p.left(slash), p.mid(slash + 1)});
        }
        if (ports.isEmpty()) ports.append({QStringLiteral("all"), QString()});
        for (const auto &[port, protocol] : ports)
            out += row({f.link, f.from, f.fromKind, f.fromZone, f.to, f.toKind, f.toZone, port,
                        protocol, f.planes, f.verdict, f.cde, f.reason});
    }
    return out.toUtf8();
}

QByteArray checklistCsv(const Report &r, const QString &lang)
{
    const ReportText text(lang);
    QString out = row({"profile", "check", "refs", "mode", "status", "subjects", "detail"});
    for (const ReportCheck &c : r.checks)
        out += row({c.profile, c.id, c.refs.join(QStringLiteral("; ")),
                    c.automatic ? QStringLiteral("auto") : QStringLiteral("manual"),
                    statusKey(c.status), c.subjects.join(QLatin1Char(' ')), checkDetail(c, text)});
    return out.toUtf8();
}

} // namespace Planar
