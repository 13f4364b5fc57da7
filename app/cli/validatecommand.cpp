#include "clicommand.h"

#include "check/validator.h"
#include "io/planreader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Planar {

namespace {

QJsonObject toJson(const QString &planName, const QList<Finding> &findings)
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(QJsonObject{{"code", f.code},
                                {"severity", severityKey(f.severity)},
                                {"subjects", QJsonArray::fromStringList(f.subjects)},
                                {"message", f.message}});
    const FindingSummary s = summarize(findings);
    return QJsonObject{
        {"plan", planName},
        {"findings", list},
        {"summary",
         QJsonObject{{"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos}}}};
}

void printText(const QList<Finding> &findings, QTextStream &out)
{
    for (const Finding &f : findings)
        out << severityKey(f.severity) << ' ' << f.code << " ["
            << f.subjects.join(QStringLiteral(", ")) << "]: " << f.message << '\n';
    const FindingSummary s = summarize(findings);
    out << s.errors << " errors, " << s.warnings << " warnings, " << s.infos << " infos"
        << Qt::endl;
}

} // namespace

int runValidateCommand(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks a plan against the rules (rules.md) and prints its findings.\n"
                       "Exit code: 0 no errors, 1 errors found, 2 the plan could not be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PLAN"), QStringLiteral("the plan file (YAML)"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("text (default) or json"),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("today"),
                      QStringLiteral("the date exceptions expire against (default: today)"),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("max-size"), maxSizeHelp(), QStringLiteral("BYTES")});
    if (!parser.parse(arguments)) {
        // The usage too, as for an unknown command: the user sees what the command takes.
        io.err << "planar-cli validate: " << parser.errorText() << "\n\n"
               << parser.helpText().replace(QLatin1String("planar-cli"),
                                            QLatin1String("planar-cli validate"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText().replace(QLatin1String("planar-cli"),
                                            QLatin1String("planar-cli validate"));
        return ExitClean;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json") {
        io.err << "planar-cli validate: --format must be text or json, not '" << format << "'"
               << Qt::endl;
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "planar-cli validate: give exactly one PLAN file (see --help)" << Qt::endl;
        return ExitUsage;
    }
    const auto today = parseToday(parser.value(QStringLiteral("today")), io);
    if (!today) return ExitUsage;
    const QString path = parser.positionalArguments().front();
    const auto maxSize =
        parseMaxSize(parser.value(QStringLiteral("max-size")), QStringLiteral("validate"), io);
    if (!maxSize) return ExitUsage;
    const ReadResult read = PlanReader::readFile(path, *maxSize);
    for (const ReadError &e : read.errors)
        io.err << e.toString() << Qt::endl;
    if (!read.plan) {
        if (format == u"json") {
            // Pipelines that parse stdout still get one object naming each problem.
            QList<Finding> findings;
            for (const ReadError &e : read.errors)
                findings.append({QStringLiteral("parse-error"), Severity::Error, {}, e.toString()});
            io.out << QJsonDocument(toJson({}, findings)).toJson(QJsonDocument::Indented);
        }
        return ExitUsage;
    }
    const QList<Finding> findings = validatePlan(*read.plan, *today);
    if (format == u"json")
        io.out << QJsonDocument(toJson(read.plan->name, findings)).toJson(QJsonDocument::Indented);
    else
        printText(findings, io.out);
    return summarize(findings).errors > 0 ? ExitFindings : ExitClean;
}

} // namespace Planar
