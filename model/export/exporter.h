#pragma once

#include "plan/plan.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Planar {

/** How an export is asked for: the date that decides exception expiry, and --force. */
struct ExportOptions {
    QDate today = QDate::currentDate();
    /** Write although the plan has error findings; every artifact then carries a warning. */
    bool force = false;
    /** Language of documents written for people (the report): "en" or "zh_CN". */
    QString lang = QStringLiteral("en");
    /** istio: one STRICT PeerAuthentication in Istio's root namespace instead of one per namespace.
     */
    bool meshWide = false;
};

/** One artifact produced in memory: a file name (no directories) and its exact bytes. */
struct ExportedFile {
    QString name;
    QByteArray data;

    friend bool operator==(const ExportedFile &, const ExportedFile &) = default;
};

/**
 * One artifact format (exports.md). Implementations are pure functions of the plan and the
 * options: the same plan gives the same bytes. They refuse a plan they cannot write safely
 * instead of pasting a suspicious name through; the runner (ExportRunner) adds the header
 * and handles plan findings and files.
 */
class Exporter {
public:
    virtual ~Exporter() = default;

    /** The `--to` kind: "yaml", "nftables", "networkpolicy". */
    virtual QString id() const = 0;
    /** One line for menus and `--help`. */
    virtual QString description() const = 0;
    /**
     * Whether write() makes exactly one file for every plan, so that `-o NAME` may name that
     * file. Exporters whose file count depends on the plan keep the default: their output
     * always goes into a folder.
     */
    virtual bool singleArtifact() const { return false; }
    /** The files write() produces for @p plan, in the order it produces them. */
    virtual QStringList fileNames(const Plan &plan) const = 0;
    /**
     * Appends the artifacts' bodies (without the common header) to @p files. Returns false
     * and sets errorString() when the plan holds something that cannot be written safely.
     */
    virtual bool write(const Plan &plan, const ExportOptions &options,
                       QList<ExportedFile> *files) = 0;

    /** Why the last write() failed: one line per problem, each naming the field. */
    QString errorString() const { return mErrors.join(QLatin1Char('\n')); }
    QStringList errors() const { return mErrors; }
    /** Things the operator must know although the export succeeded (no adminNetworks …). */
    QStringList warnings() const { return mWarnings; }

protected:
    void resetMessages()
    {
        mErrors.clear();
        mWarnings.clear();
    }
    void addError(const QString &message) { mErrors.append(message); }
    void addWarning(const QString &message)
    {
        if (!mWarnings.contains(message)) mWarnings.append(message);
    }

private:
    QStringList mErrors;
    QStringList mWarnings;
};

} // namespace Planar
