#include "clicommand.h"

#include "io/planreader.h"

namespace Planar {

std::optional<Plan> loadPlanOrReport(const QString &path, CliStreams &io)
{
    ReadResult result = PlanReader::readFile(path);
    for (const ReadError &e : result.errors)
        io.err << e.toString() << Qt::endl;
    return std::move(result.plan);
}

std::optional<QDate> parseToday(const QString &text, CliStreams &io)
{
    if (text.isEmpty()) return QDate::currentDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        io.err << "planar-cli: --today '" << text << "' is not a date like 2026-12-31" << Qt::endl;
        return std::nullopt;
    }
    return date;
}

} // namespace Planar
