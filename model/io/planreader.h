#pragma once

#include "plan/plan.h"
#include "safefile.h"

#include <QByteArray>

#include <optional>

namespace Planar {

/** One problem that stopped or marred reading a plan file, with where it is. */
struct ReadError {
    QString file;
    int line = 0;   // 1-based; 0 when the problem has no position (file missing)
    int column = 0; // 1-based
    QString message;

    /** "FILE:LINE:COLUMN: message", the form editors and CI logs link to. */
    QString toString() const;
};

struct ReadResult {
    std::optional<Plan> plan; // empty when any error was found
    QList<ReadError> errors;  // every problem found, in file order
};

/**
 * Reads plan-format.md v1 YAML. Syntax errors and wrong types alike come back as
 * file:line:column messages; every wrong value is reported, not just the first. Keys it does
 * not know are kept in the plan (ExtraKeys) for the writer and for `unknown-key` findings.
 */
class PlanReader {
public:
    /**
     * Reads the regular file @p path of at most @p maxSize bytes; a device, FIFO or larger
     * file is refused before it is read ("FILE: what").
     */
    static ReadResult readFile(const QString &path, qint64 maxSize = SafeFile::DefaultMaxReadSize);
    /**
     * Reads with libyaml where it can (readWithLibyaml), else with yaml-cpp: the same plan
     * and the same messages either way, the first several times faster on large plans.
     */
    static ReadResult readText(const QByteArray &yaml, const QString &fileName);

    /**
     * The fast path: a plan without any problem, in YAML on which libyaml and yaml-cpp agree
     * (LibyamlTree). Empty for anything else — every problem is reported by readWithYamlCpp.
     */
    static std::optional<ReadResult> readWithLibyaml(const QByteArray &yaml,
                                                     const QString &fileName);
    /** Every plan file and every message: yaml-cpp's node tree, as Planar always read. */
    static ReadResult readWithYamlCpp(const QByteArray &yaml, const QString &fileName);
};

} // namespace Planar
