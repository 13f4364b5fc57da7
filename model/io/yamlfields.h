#pragma once

#include "plan/extrakeys.h"
#include "planreader.h"
#include "yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Planar {

/** Collects read errors with file:line:column for one file. */
class ReadContext {
public:
    explicit ReadContext(QString file) : mFile(std::move(file)) {}

    void error(const YAML::Mark &mark, const QString &message);
    template <typename Node> void error(const Node &node, const QString &message)
    {
        error(node.Mark(), message);
    }
    const QList<ReadError> &errors() const { return mErrors; }

private:
    QString mFile;
    QList<ReadError> mErrors;
    // An alias makes one node appear many times; its problem is still reported once.
    QSet<QString> mSeen;
};

/** The scalar as UTF-8 text; a leading U+FEFF is part of the text, not a byte-order mark. */
template <typename Node> QString scalarText(const Node &node)
{
    // QString::fromStdString drops a leading U+FEFF as a byte-order mark; inside a YAML
    // scalar it is text, and dropping it lost one U+FEFF per save.
    const std::string &bytes = node.Scalar();
    return decodeUtf8(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}
/**
 * A value as error messages show it: at most kExcerptLength characters with "…", and
 * characters a terminal would act on written as \uXXXX, so a huge or hostile value cannot
 * flood or rewrite the user's screen.
 */
QString excerpt(const QString &text);
constexpr qsizetype kExcerptLength = 60;

/**
 * Reads the fields of one YAML mapping by name. Each accessor marks its key as understood and
 * reports wrong types at the value's position; what no accessor asked for becomes ExtraKeys.
 * Duplicate keys are an error: YAML would otherwise drop one silently. @p Node is YAML::Node
 * or the fast path's TreeNode (libyamltree.h), which answer the same questions.
 */
template <typename Node> class FieldReader {
public:
    FieldReader(ReadContext &context, const Node &node, QString what);

    bool isMap() const { return mIsMap; }
    const Node &node() const { return mNode; }

    bool has(const char *key) const;
    /** The raw value; undefined node when absent. Marks the key as understood. */
    Node take(const char *key);

    QString string(const char *key, bool required = false);
    std::optional<int> integer(const char *key, bool required = false, int min = INT_MIN,
                               int max = INT_MAX);
    std::optional<bool> boolean(const char *key);
    /** A string, or a list of strings when @p allowScalar says one string may stand alone. */
    QStringList stringList(const char *key, bool allowScalar = false);
    QList<int> intList(const char *key);
    /** One of @p choices (case-sensitive, as written in the contract). */
    QString choice(const char *key, const QStringList &choices, bool required = false);

    /** Keys no accessor asked for, in file order. Call once all fields are read. */
    ExtraKeys extras() const;

    void missing(const char *key);
    void wrongType(const Node &value, const char *key, const QString &expected);

private:
    struct Entry {
        QString key;
        Node keyNode;
        Node value;
        bool used = false;
    };
    Entry *find(const char *key);

    ReadContext &mContext;
    Node mNode;
    QString mWhat;
    bool mIsMap = false;
    QList<Entry> mEntries;
    // Key → index in mEntries: duplicate checks and look-ups stay linear in the key count.
    QHash<QString, qsizetype> mIndex;
};

std::optional<int> parseStrictInt(const QString &text);

} // namespace Planar
