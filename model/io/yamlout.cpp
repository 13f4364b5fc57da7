#include "yamlout.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace Planar {

namespace {

/**
 * Plain scalars that a YAML 1.1 or 1.2 reader would not read back as the same string
 * (booleans, nulls, numbers, sexagesimals) are quoted, so other tools agree with us.
 */
bool needsQuotes(const QString &s)
{
    static const QRegularExpression special(QStringLiteral(
        "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|~|null|Null|NULL"
        "|[-+]?(?:0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+)"
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    return s.isEmpty() || special.match(s).hasMatch();
}

// Marks a placeholder in yaml-cpp's output. Every string holding it is escaped by us, so
// in what yaml-cpp writes it can only stand for a placeholder.
constexpr char32_t kMarker = 0xE000;

/** Code points this writer escapes itself rather than hand to yaml-cpp (see YamlOut). */
bool escapedHere(char32_t c)
{
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF ||
           c == kMarker || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/** YAML 1.2 c-printable, less the characters escapedHere() takes care of. */
bool writtenRaw(char32_t c)
{
    return c == 0x09 || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD && !escapedHere(c)) || (c >= 0x10000 && c <= 0x10FFFF);
}

QByteArray doubleQuoted(const QString &s)
{
    QByteArray out = "\"";
    for (const char32_t c : QStringView(s).toUcs4()) {
        switch (c) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        case '\b':
            out += "\\b";
            continue;
        default:
            break;
        }
        if (writtenRaw(c) && !escapedHere(c)) {
            out += QStringView(QChar::fromUcs4(c)).toUtf8();
        } else if (c <= 0xFF) {
            // \x, not \N: yaml-cpp 0.7 reads \N as the single byte 0x85, not as U+0085.
            out += "\\x" + QByteArray::number(uint(c), 16).rightJustified(2, '0');
        } else if (c <= 0xFFFF) {
            out += "\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0');
        } else {
            out += "\\U" + QByteArray::number(uint(c), 16).rightJustified(8, '0');
        }
    }
    return out + '"';
}

/** UTF-8 to text, a leading U+FEFF included (QString::fromUtf8 drops it as a byte-order mark). */
QString decodeUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

QByteArray markerBytes()
{
    return QStringView(QChar::fromUcs4(kMarker)).toUtf8();
}

} // namespace

YamlOut::YamlOut()
{
    mOut.SetIndent(2);
}

void YamlOut::text(const QString &s, bool forceQuotes)
{
    scalar(s.toStdString(), true, forceQuotes);
}

void YamlOut::scalar(const std::string &utf8, bool quoteIfAmbiguous, bool forceQuotes)
{
    const QString s = decodeUtf8(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    const QList<uint> ucs4 = s.toUcs4();
    if (std::any_of(ucs4.cbegin(), ucs4.cend(), [](uint c) { return escapedHere(c); })) {
        const QByteArray placeholder =
            markerBytes() + QByteArray::number(mEscaped.size()) + markerBytes();
        mOut << placeholder.toStdString();
        mEscaped.append(doubleQuoted(s));
        return;
    }
    if (forceQuotes || (quoteIfAmbiguous && needsQuotes(s))) mOut << YAML::DoubleQuoted;
    mOut << utf8;
}

void YamlOut::node(const YAML::Node &n)
{
    const std::string &tag = n.Tag();
    const bool specific = !tag.empty() && tag != "?" && tag != "!";
    switch (n.Type()) {
    case YAML::NodeType::Undefined:
        return;
    case YAML::NodeType::Null:
        mOut << YAML::Null;
        return;
    case YAML::NodeType::Scalar:
        if (specific) mOut << YAML::VerbatimTag(tag);
        // A quoted scalar ("!") stays a string; a plain one ("?") keeps its plain reading.
        scalar(n.Scalar(), tag == "!", false);
        return;
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map:
        break;
    }
    if (specific) mOut << YAML::VerbatimTag(tag);
    if (n.Style() == YAML::EmitterStyle::Flow) mOut << YAML::Flow;
    if (n.Style() == YAML::EmitterStyle::Block) mOut << YAML::Block;
    if (n.IsSequence()) {
        mOut << YAML::BeginSeq;
        for (const YAML::Node &item : n)
            node(item);
        mOut << YAML::EndSeq;
        return;
    }
    mOut << YAML::BeginMap;
    for (auto it = n.begin(); it != n.end(); ++it) {
        mOut << YAML::Key;
        node(it->first);
        mOut << YAML::Value;
        node(it->second);
    }
    mOut << YAML::EndMap;
}

QByteArray YamlOut::finish() const
{
    const QByteArray emitted(mOut.c_str(), qsizetype(mOut.size()));
    if (mEscaped.isEmpty()) return emitted;
    const QByteArray marker = markerBytes();
    QByteArray out;
    out.reserve(emitted.size());
    qsizetype from = 0;
    for (qsizetype at = emitted.indexOf(marker); at >= 0; at = emitted.indexOf(marker, from)) {
        const qsizetype end = emitted.indexOf(marker, at + marker.size());
        const qsizetype index =
            emitted.mid(at + marker.size(), end - at - marker.size()).toLongLong();
        out += emitted.mid(from, at - from);
        out += mEscaped.at(index);
        from = end + marker.size();
    }
    out += emitted.mid(from);
    return out;
}

QString yamlText(const YAML::Node &node)
{
    YamlOut out;
    out.node(node);
    return decodeUtf8(out.finish());
}

} // namespace Planar
