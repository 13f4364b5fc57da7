#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Planar {

enum class Severity { Error, Warning, Info };

/** "error" | "warning" | "info", as the CLI and JSON print it. */
QString severityKey(Severity severity);

/** One problem the validator (or the reader) found; codes are an API (rules.md). */
struct Finding {
    QString code;
    Severity severity = Severity::Error;
    QStringList subjects; // the ids it concerns, most relevant first
    QString message;      // one line: what is wrong and what to do
    /** The index in Plan::links of the link it is about (its subjects are the link's ends),
     *  -1 for findings about entities: the editor selects that link, not its ends. */
    qsizetype link = -1;

    friend bool operator==(const Finding &, const Finding &) = default;
};

/** The stable order of rules.md: severity, code, subjects, then message. */
bool findingLess(const Finding &a, const Finding &b);
void sortFindings(QList<Finding> &findings);

struct FindingSummary {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
FindingSummary summarize(const QList<Finding> &findings);

} // namespace Planar
