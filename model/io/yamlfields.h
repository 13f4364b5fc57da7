#pragma once

#include "plan/extrakeys.h"
#include "planreader.h"
#include "yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Planar {

class TreeNode;

/** The scalar as UTF-8 text; a leading U+FEFF is part of the text, not a byte-order mark. */
template <typename Node> QString scalarText(const Node &node)
{
    // QString::fromStdString drops a leading U+FEFF as a byte-order mark; inside a YAML
    // scalar it is text, and dropping it lost one U+FEFF per save.
    const std::string &bytes = node.Scalar();
    return decodeUtf8(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}
/** The fast path's ASCII scalars (most of them) need no UTF-8 decoder. */
template <> QString scalarText<TreeNode>(const TreeNode &node);

/** The scalar's bytes, not copied: keys are compared as bytes, not as QStrings. */
inline std::string_view scalarBytes(const YAML::Node &node)
{
    return node.Scalar();
}
std::string_view scalarBytes(const TreeNode &node);

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

    /**
     * scalarText(@p node), shared with an equal short scalar read before. A plan's references
     * repeat (every VM names its host, zone, role and networks): one shared QString per
     * repeat saves an allocation and memory, and keeps the text the validator compares in
     * cache. Direct-mapped: a miss costs one hash of a short text. The node must outlive the
     * read, as the documents being read do.
     */
    template <typename Node> QString sharedText(const Node &node)
    {
        const std::string_view bytes = scalarBytes(node);
        if (bytes.size() > kSharedTextBytes) return scalarText(node);
        RecentText &slot = recent(mRecentText, bytes);
        if (slot.filled && slot.bytes == bytes) return slot.text;
        slot = {bytes, scalarText(node), true};
        return slot.text;
    }

    /**
     * scalarText(@p node), an id or a reference to one: every equal id of the file gets the
     * same string, so that a reference shares its declaration's and is looked up by address
     * (IdsByAddress), and the plan holds each id's text once. Unlike sharedText(), nothing is
     * ever evicted: a reference may come long after its declaration (VMs after hosts).
     */
    template <typename Node> QString idText(const Node &node)
    {
        const std::string_view bytes = scalarBytes(node);
        // The recent ids first, as for sharedText: a probe of the whole table misses the cache,
        // and most references repeat the one before (the VMs of one host, one zone's network).
        RecentText &slot = recent(mRecentIds, bytes);
        if (slot.filled && slot.bytes == bytes) return slot.text;
        const auto [at, added] = mIds.try_emplace(bytes);
        if (added) at->second = scalarText(node);
        slot = {bytes, at->second, true};
        return at->second;
    }

private:
    static constexpr size_t kSharedTextBytes = 64;
    static constexpr size_t kSharedTextSlots = 2048;
    struct RecentText {
        std::string_view bytes;
        QString text;
        bool filled = false;
    };
    /** Direct-mapped: @p bytes's one slot, which a miss overwrites. */
    static RecentText &recent(std::vector<RecentText> &slots, std::string_view bytes)
    {
        if (slots.empty()) slots.resize(kSharedTextSlots);
        return slots[qHashBits(bytes.data(), bytes.size()) % kSharedTextSlots];
    }
    std::vector<RecentText> mRecentText;
    std::vector<RecentText> mRecentIds;                 // only strings of mIds
    /** Qt's per-process random seed: a file cannot be written to make its ids collide and
     *  the read quadratic, as with std::hash's fixed one. */
    struct SeededHash {
        size_t operator()(std::string_view bytes) const
        {
            return qHashBits(bytes.data(), bytes.size(), QHashSeed::globalSeed());
        }
    };
    std::unordered_map<std::string_view, QString, SeededHash> mIds; // by the node's bytes
    QString mFile;
    QList<ReadError> mErrors;
    // An alias makes one node appear many times; its problem is still reported once.
    QSet<QString> mSeen;
};

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
    /** Names the mapping in messages, built only for a message: most mappings have none. */
    using What = std::function<QString()>;

    FieldReader(ReadContext &context, const Node &node, QString what);
    FieldReader(ReadContext &context, const Node &node, What what);

    bool isMap() const { return mIsMap; }
    const Node &node() const { return mNode; }

    bool has(const char *key) const;
    /** The raw value; undefined node when absent. Marks the key as understood. */
    Node take(const char *key);

    QString string(const char *key, bool required = false);
    /** An id, or a reference to one: a string(), interned (ReadContext::idText). */
    QString id(const char *key, bool required = false);
    std::optional<int> integer(const char *key, bool required = false, int min = INT_MIN,
                               int max = INT_MAX);
    std::optional<bool> boolean(const char *key);
    /** A string, or a list of strings when @p allowScalar says one string may stand alone. */
    QStringList stringList(const char *key, bool allowScalar = false);
    /** A list of references to ids: a stringList() of interned strings (idText). */
    QStringList idList(const char *key);
    QList<int> intList(const char *key);
    /** One of @p choices (case-sensitive, as written in the contract). */
    QString choice(const char *key, const QStringList &choices, bool required = false);

    /** Keys no accessor asked for, in file order. Call once all fields are read. */
    ExtraKeys extras() const;

    void missing(const char *key);
    void wrongType(const Node &value, const char *key, const QString &expected);

private:
    struct Entry {
        std::string_view key; // the key node's bytes
        bool ascii;           // then equal text is equal bytes
        Node keyNode;
        Node value;
        bool used = false;
    };
    void readEntries();
    Entry *find(const char *key);
    /** Whether two keys are the same text: bytes, and for non-ASCII keys the decoded text. */
    static bool sameKey(const Entry &a, std::string_view bytes, bool ascii, const Node &keyNode);
    QString what() const { return mWhatLater ? mWhatLater() : mWhat; }
    /** string() and id(): @p text gives a scalar's text. */
    template <typename Text> QString scalarField(const char *key, bool required, Text text);
    template <typename Text> QStringList listField(const char *key, bool allowScalar, Text text);

    ReadContext &mContext;
    Node mNode;
    QString mWhat;
    What mWhatLater;
    bool mIsMap = false;
    QList<Entry> mEntries;
    // A plan's mappings hold a few keys, which a scan compares as bytes; past kScanLimit keys
    // (only in odd files) a hash of the decoded keys keeps duplicate checks and look-ups
    // linear in the key count.
    static constexpr qsizetype kScanLimit = 16;
    QHash<QString, qsizetype> mIndex;
};

std::optional<int> parseStrictInt(const QString &text);

} // namespace Planar
