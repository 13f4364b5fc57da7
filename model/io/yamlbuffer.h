#pragma once

#include "plan/extrakeys.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace Planar {

/**
 * Plan YAML written straight into one buffer: the bytes yaml-cpp's emitter gives (through
 * YamlOut, indent 2) for the same document, without its per-node bookkeeping, which was most
 * of the time of saving a large plan. Ids, addresses and numbers are written here; text that
 * yaml-cpp might quote or escape is formatted by yaml-cpp itself, one scalar at a time, and
 * the values of unknown keys (any YAML) are emitted by YamlOut and set in at their indentation.
 */
class YamlBuffer {
public:
    /** A block mapping being written: its keys' column, and whether a "- " item opened it. */
    struct Map {
        int indent = 0;
        bool afterDash = false;
        bool empty = true;
    };
    /** A known value of a flow mapping: text or a whole number. */
    using FlowValue = std::variant<QString, int>;
    using FlowEntries = QList<std::pair<const char *, FlowValue>>;

    /** The document, ended by a line break. */
    QByteArray take();

    /** Starts an entry "key:" of @p map; a value written next follows it on the line. */
    void key(Map &map, const char *key);
    /** An entry keyed by text (layout ids); a long key is written "? key", ": value". */
    void textKey(Map &map, const QString &key);
    /** The value of the entry just started is a block mapping, indented under its key. */
    static Map nestedMap(const Map &parent) { return {parent.indent + 2, false, true}; }
    /** Starts a "- " item of the block list that is the value of @p parent's last entry. */
    void dash(const Map &parent);
    /** The block mapping that is the item just started by dash(). */
    static Map itemMap(const Map &parent) { return {parent.indent + 4, true, true}; }
    /** Ends @p map; an empty one is "{}", as yaml-cpp writes it. */
    void close(const Map &map);
    /** Unknown keys of @p map, each with its value as YamlOut writes it. */
    void extras(Map &map, const ExtraKeys &extra);

    /** Scalar values of the entry just started (or of the item just started). */
    void text(const QString &s, bool forceQuotes = false);
    void number(int value);
    void boolean(bool value);
    void flowTexts(const QStringList &list, bool forceQuotes = false);
    void flowNumbers(const QList<int> &list);
    /** A flow mapping of text to text (labels); its keys may be long. */
    void flowTextMap(const QList<std::pair<QString, QString>> &entries);
    /** A flow mapping of known keys and @p extra; with unknown keys, YamlOut writes it whole. */
    void flowMap(const FlowEntries &known, const ExtraKeys &extra);
    /** A flow mapping of numbers kept as text (layout positions), plain as yaml-cpp makes them. */
    void flowPlainMap(const QList<std::pair<const char *, QString>> &entries);

private:
    void newLine(int indent);
    void startEntry(Map &map);
    /** Appends @p s as a scalar; says whether it is too long to be an implicit key. */
    bool scalar(QByteArray &out, const QString &s, bool flow, bool quoteIfAmbiguous,
                bool forceQuotes) const;
    /** A key: a long one (over 1024 bytes) is formatted aside, for the "? " before it. */
    QByteArray keyText(const QString &s, bool flow, bool *isLong) const;

    QByteArray mOut;
};

} // namespace Planar
