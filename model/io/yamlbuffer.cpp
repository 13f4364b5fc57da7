#include "yamlbuffer.h"

#include "yamlout.h"
#include "yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Planar {

namespace {

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isPlainCharacter(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' ||
           c == u'.' || c == u'/' || c == u'-' || c == u':' || c == u' ';
}

/**
 * ASCII text that yaml-cpp certainly writes plain in block and flow context alike: letters,
 * digits and _./-: and spaces, not starting with an indicator, no ": " inside, no space or
 * ':' at the end, not a null. Everything else is left to yaml-cpp to decide.
 */
bool surelyPlain(const QString &s)
{
    if (s.isEmpty()) return false;
    const char16_t first = s.front().unicode();
    const bool firstOk =
        (isPlainCharacter(first) && first != u'-' && first != u':' && first != u' ') ||
        (first == u'-' && s.size() > 1 && isDigit(s[1].unicode()));
    const char16_t last = s.back().unicode();
    if (!firstOk || last == u' ' || last == u':') return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (!isPlainCharacter(c)) return false;
        if (c == u':' && s[i + 1] == u' ') return false; // not the last: checked above
    }
    return s != u"null" && s != u"Null" && s != u"NULL";
}

/** ASCII text yaml-cpp writes between double quotes as it is. */
bool quotesAsIs(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() <= 0x7E && c != u'"' && c != u'\\';
    });
}

void appendAscii(QByteArray &out, const QString &s)
{
    const qsizetype at = out.size();
    out.resize(at + s.size());
    char *to = out.data() + at;
    for (const QChar c : s)
        *to++ = char(c.unicode());
}

} // namespace

QByteArray YamlBuffer::take()
{
    mOut += '\n';
    return std::exchange(mOut, {});
}

void YamlBuffer::newLine(int indent)
{
    if (!mOut.isEmpty()) mOut += '\n';
    mOut.append(indent, ' ');
}

void YamlBuffer::startEntry(Map &map)
{
    if (map.afterDash)
        mOut += ' ';
    else
        newLine(map.indent);
    map.afterDash = false;
    map.empty = false;
}

void YamlBuffer::key(Map &map, const char *key)
{
    startEntry(map);
    mOut += key;
    mOut += ':';
}

void YamlBuffer::textKey(Map &map, const QString &key)
{
    const int indent = map.indent;
    startEntry(map);
    bool isLong = false;
    const QByteArray text = keyText(key, false, &isLong);
    if (isLong) {
        mOut += "? ";
        mOut += text;
        newLine(indent);
    } else {
        mOut += text;
    }
    mOut += ':';
}

void YamlBuffer::dash(const Map &parent)
{
    newLine(parent.indent + 2);
    mOut += '-';
}

void YamlBuffer::close(const Map &map)
{
    if (!map.empty) return;
    if (!map.afterDash) newLine(map.indent);
    mOut += map.afterDash ? " {}" : "{}";
}

void YamlBuffer::extras(Map &map, const ExtraKeys &extra)
{
    if (extra.isEmpty()) return;
    // yaml-cpp indents a block mapping's insides relative to its first key, so the mapping of
    // the unknown keys emitted alone is the same text, line by line, as within the plan.
    YamlOut yaml;
    YAML::Emitter &out = yaml.emitter();
    out << YAML::BeginMap;
    yaml.extraEntries(extra);
    out << YAML::EndMap;
    for (const QByteArray &line : yaml.finish().split('\n')) {
        startEntry(map);
        mOut += line;
    }
}

bool YamlBuffer::scalar(QByteArray &out, const QString &s, bool flow, bool quoteIfAmbiguous,
                        bool forceQuotes) const
{
    const bool ascii =
        std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x7F; });
    if (!ascii) {
        // As YamlOut::text: the text's UTF-8 is what yaml-cpp would be given.
        const QByteArray utf8 = s.toUtf8();
        const QString decoded = decodeUtf8(utf8);
        const QList<uint> ucs4 = decoded.toUcs4();
        if (std::any_of(ucs4.cbegin(), ucs4.cend(), [](uint c) { return escapedByPlanar(c); })) {
            const QByteArray escaped = escapedDoubleQuoted(decoded);
            out += escaped;
            return escaped.size() > kLongKeyBytes;
        }
        const QByteArray written = yamlCppScalar(
            utf8, flow, forceQuotes || (quoteIfAmbiguous && readsAsOtherType(decoded)));
        out += written;
        return written.size() > kLongKeyBytes;
    }
    const qsizetype before = out.size();
    if (forceQuotes || (quoteIfAmbiguous && readsAsOtherType(s))) {
        if (quotesAsIs(s)) {
            out += '"';
            appendAscii(out, s);
            out += '"';
        } else {
            out += yamlCppScalar(s.toLatin1(), flow, true);
        }
    } else if (surelyPlain(s)) {
        appendAscii(out, s);
    } else {
        out += yamlCppScalar(s.toLatin1(), flow, false);
    }
    return out.size() - before > kLongKeyBytes;
}

QByteArray YamlBuffer::keyText(const QString &s, bool flow, bool *isLong) const
{
    QByteArray text;
    *isLong = scalar(text, s, flow, true, false);
    return text;
}

void YamlBuffer::text(const QString &s, bool forceQuotes)
{
    mOut += ' ';
    scalar(mOut, s, false, true, forceQuotes);
}

void YamlBuffer::number(int value)
{
    mOut += ' ';
    mOut += QByteArray::number(value);
}

void YamlBuffer::boolean(bool value)
{
    mOut += value ? " true" : " false";
}

void YamlBuffer::flowTexts(const QStringList &list, bool forceQuotes)
{
    mOut += " [";
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0) mOut += ", ";
        scalar(mOut, list[i], true, true, forceQuotes);
    }
    mOut += ']';
}

void YamlBuffer::flowNumbers(const QList<int> &list)
{
    mOut += " [";
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0) mOut += ", ";
        mOut += QByteArray::number(list[i]);
    }
    mOut += ']';
}

void YamlBuffer::flowTextMap(const QList<std::pair<QString, QString>> &entries)
{
    mOut += " {";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        bool isLong = false;
        const QByteArray key = keyText(entries[i].first, true, &isLong);
        // yaml-cpp's own spelling of a long key in a flow mapping: "{ ?key" first, ", ? key" after.
        if (i > 0) mOut += ", ";
        if (isLong) mOut += i == 0 ? " ?" : "? ";
        mOut += key;
        mOut += ": ";
        scalar(mOut, entries[i].second, true, true, false);
    }
    mOut += '}';
}

void YamlBuffer::flowMap(const FlowEntries &known, const ExtraKeys &extra)
{
    if (extra.isEmpty()) {
        mOut += " {";
        for (qsizetype i = 0; i < known.size(); ++i) {
            if (i > 0) mOut += ", ";
            mOut += known[i].first;
            mOut += ':';
            if (const QString *s = std::get_if<QString>(&known[i].second)) {
                mOut += ' ';
                scalar(mOut, *s, true, true, false);
            } else {
                number(std::get<int>(known[i].second));
            }
        }
        mOut += '}';
        return;
    }
    // Rare enough to leave whole to yaml-cpp, whose flow mappings sit on one line.
    YamlOut yaml;
    YAML::Emitter &out = yaml.emitter();
    out << YAML::Flow << YAML::BeginMap;
    for (const auto &[key, value] : known) {
        out << YAML::Key << key << YAML::Value;
        if (const QString *s = std::get_if<QString>(&value))
            yaml.text(*s, false, true);
        else
            out << std::get<int>(value);
    }
    yaml.extraEntries(extra, true);
    out << YAML::EndMap;
    mOut += ' ';
    mOut += yaml.finish();
}

void YamlBuffer::flowPlainMap(const QList<std::pair<const char *, QString>> &entries)
{
    mOut += " {";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0) mOut += ", ";
        mOut += entries[i].first;
        mOut += ": ";
        scalar(mOut, entries[i].second, true, false, false);
    }
    mOut += '}';
}

} // namespace Planar
