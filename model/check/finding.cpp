#include "finding.h"

#include <algorithm>

namespace Planar {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

bool findingLess(const Finding &a, const Finding &b)
{
    if (a.severity != b.severity) return a.severity < b.severity;
    if (a.code != b.code) return a.code < b.code;
    if (a.subjects != b.subjects)
        return std::lexicographical_compare(a.subjects.begin(), a.subjects.end(),
                                            b.subjects.begin(), b.subjects.end());
    return a.message < b.message;
}

void sortFindings(QList<Finding> &findings)
{
    std::sort(findings.begin(), findings.end(), findingLess);
}

FindingSummary summarize(const QList<Finding> &findings)
{
    FindingSummary s;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++s.errors;
            break;
        case Severity::Warning:
            ++s.warnings;
            break;
        case Severity::Info:
            ++s.infos;
            break;
        }
    }
    return s;
}

} // namespace Planar
