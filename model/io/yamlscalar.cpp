#include "yamlscalar.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>
#include <QStringDecoder>

namespace Planar {

namespace {

/** YAML 1.2 c-printable, less the characters escapedByPlanar() takes care of. */
bool writtenRaw(char32_t c)
{
    return c == 0x09 || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD && !escapedByPlanar(c)) || (c >= 0x10000 && c <= 0x10FFFF);
}

/**
 * Whether the pattern below cannot match: it is made of these characters only, its words
 * (true, null, .inf …) are at most five letters long and none of its numbers has two dots.
 * The writer asks this of every id and address of a plan, and this answers nearly all of
 * them without running the regular expression.
 */
bool surelyNotOtherType(const QString &s)
{
    qsizetype dots = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') ||
                             (u >= u'A' && u <= u'Z') || u == u'_' || u == u'+' || u == u'-' ||
                             u == u'.' || u == u':' || u == u'~';
        if (!allowed) return true;
        dots += u == u'.';
    }
    if (dots > 1) return true;
    const char16_t first = s.front().unicode();
    const bool letter = (first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z');
    return letter && s.size() > 5;
}

} // namespace

bool readsAsOtherType(const QString &s)
{
    static const QRegularExpression special(QStringLiteral(
        "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|~|null|Null|NULL"
        "|[-+]?(?:0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+)"
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"));
    if (s.isEmpty()) return true;
    if (surelyNotOtherType(s)) return false;
    return special.match(s).hasMatch();
}

bool escapedByPlanar(char32_t c)
{
    // U+E000 marks YamlOut's placeholders, so a string holding it is never handed to yaml-cpp.
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF ||
           c == 0xE000 || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

QByteArray escapedDoubleQuoted(const QString &s)
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
        if (writtenRaw(c) && !escapedByPlanar(c)) {
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

QByteArray yamlCppScalar(const QByteArray &utf8, bool flow, bool doubleQuoted)
{
    YAML::Emitter out;
    const std::string text = utf8.toStdString();
    if (flow) {
        out << YAML::Flow << YAML::BeginSeq;
        if (doubleQuoted) out << YAML::DoubleQuoted;
        out << text << YAML::EndSeq;
        return QByteArray(out.c_str() + 1, qsizetype(out.size()) - 2); // inside "[…]"
    }
    out << YAML::BeginMap << YAML::Key << "k" << YAML::Value;
    if (doubleQuoted) out << YAML::DoubleQuoted;
    out << text << YAML::EndMap;
    return QByteArray(out.c_str() + 3, qsizetype(out.size()) - 3); // after "k: "
}

QString decodeUtf8(QByteArrayView utf8)
{
    // Stateless: a sequence cut off at the end becomes U+FFFD like any invalid byte, instead
    // of waiting in the decoder for bytes that never come and vanishing ("name\xC7" read as
    // "name", which the fuzzer found saved as the known key it was not).
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom |
                                                       QStringConverter::Flag::Stateless);
    return decoder.decode(utf8);
}

} // namespace Planar
