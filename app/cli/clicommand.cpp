#include "clicommand.h"

#include "io/planreader.h"
#include "io/safefile.h"

namespace Planar {

std::optional<Plan> loadPlanOrReport(const QString &path, CliStreams &io)
{
    ReadResult result = PlanReader::readFile(path);
    for (const ReadError &e : result.errors)
        io.err << e.toString() << Qt::endl;
    return std::move(result.plan);
}

QString maxSizeHelp()
{
    return QStringLiteral("the largest plan file read (default %1 = 256 MiB); never a device "
                          "or FIFO")
        .arg(SafeFile::DefaultMaxReadSize);
}

std::optional<qint64> parseMaxSize(const QString &text, const QString &command, CliStreams &io)
{
    if (text.isEmpty()) return SafeFile::DefaultMaxReadSize;
    bool ok = false;
    const qint64 bytes = text.toLongLong(&ok);
    if (!ok || bytes <= 0) {
        io.err << "planar-cli " << command << ": --max-size '" << text
               << "' is not a positive number of bytes" << Qt::endl;
        return std::nullopt;
    }
    return bytes;
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
