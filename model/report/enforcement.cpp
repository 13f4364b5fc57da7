#include "enforcement.h"

#include "export/exporterregistry.h"
#include "export/linkflows.h"
#include "report.h"

#include <QRegularExpression>

namespace Planar {

Enforcement::Enforcement(const Plan &plan, const QDate &today)
{
    ExportOptions options;
    options.today = today;
    options.force = true; // the report shows what would be enforced, findings or not
    for (const QString &kind : {QStringLiteral("nftables"), QStringLiteral("networkpolicy")}) {
        std::unique_ptr<Exporter> exporter = ExporterRegistry::create(kind);
        QList<ExportedFile> files;
        if (!exporter || !exporter->write(plan, options, &files)) {
            mRefusals << QStringLiteral("%1: %2").arg(kind, exporter ? exporter->errors().value(0)
                                                                     : QStringLiteral("not built"));
            continue;
        }
        for (const ExportedFile &f : files) {
            if (kind == u"nftables")
                readNftables(f.name, f.data);
            else
                readPolicies(f.name, f.data, plan);
        }
    }
}

void Enforcement::readNftables(const QString &file, const QByteArray &text)
{
    static const QRegularExpression chain(QStringLiteral("^\\s*chain (\\S+) \\{"));
    static const QRegularExpression tag(
        QStringLiteral("comment \"(?:link|exception for link) ([^\\s\"]+)"));
    QString current;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (const auto m = chain.match(line); m.hasMatch()) current = m.captured(1);
        static const QRegularExpression system(
            QStringLiteral("comment \"cluster system flow \\(([^)\"]+)\\)"));
        const auto m = tag.match(line);
        const auto s = system.match(line);
        if (!m.hasMatch() && !s.hasMatch()) continue;
        const QString where = QStringLiteral("%1:%2").arg(file, current);
        QStringList &list = mByLink[m.hasMatch() ? m.captured(1) : systemFlowLink(s.captured(1))];
        if (!list.contains(where)) list << where;
    }
}

void Enforcement::readPolicies(const QString &file, const QByteArray &text, const Plan &plan)
{
    // The exporter names a link's policies LINK-ingress / LINK-egress (plus -WORKLOAD, -N).
    static const QRegularExpression doc(
        QStringLiteral("metadata:\\s*\\n\\s*name: (\\S+)\\s*\\n\\s*namespace: (\\S+)"));
    QStringList names;
    for (const Link &l : plan.links)
        names << LinkFlows::linkName(l);
    // Longest names first, so "a-b" does not claim the policies of "a-b-c".
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    auto it = doc.globalMatch(QString::fromUtf8(text));
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        for (const QString &link : names) {
            if (!name.startsWith(link + QStringLiteral("-ingress")) &&
                !name.startsWith(link + QStringLiteral("-egress")))
                continue;
            mByLink[link] << QStringLiteral("%1:%2/%3").arg(file, m.captured(2), name);
            break;
        }
    }
}

} // namespace Planar
