#include "yamlout.h"

#include "libyamltree.h"
#include "yamlscalar.h"

#include <algorithm>

namespace Planar {

namespace {

// Marks a placeholder in yaml-cpp's output. escapedByPlanar() takes every string holding it,
// so in what yaml-cpp writes it can only stand for a placeholder.
constexpr char32_t kMarker = 0xE000;

QByteArray markerBytes()
{
    return QStringView(QChar::fromUcs4(kMarker)).toUtf8();
}

} // namespace

YamlOut::YamlOut()
{
    mOut.SetIndent(2);
}

void YamlOut::text(const QString &s, bool forceQuotes, bool flow)
{
    scalar(s.toStdString(), true, forceQuotes, flow);
}

void YamlOut::scalar(const std::string &utf8, bool quoteIfAmbiguous, bool forceQuotes, bool flow)
{
    // yaml-cpp makes a key explicit ("? key") by the length of the raw text; what counts is
    // the written length, quotes and escapes included, so a key that grows past the limit
    // when written is made explicit here. Harmless before a value: only keys read the setting.
    const QString s = decodeUtf8(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    const QList<uint> ucs4 = s.toUcs4();
    if (std::any_of(ucs4.cbegin(), ucs4.cend(), [](uint c) { return escapedByPlanar(c); })) {
        const QByteArray placeholder =
            markerBytes() + QByteArray::number(mEscaped.size()) + markerBytes();
        QByteArray escaped = escapedDoubleQuoted(s);
        if (escaped.size() > kLongKeyBytes) mOut << YAML::LongKey;
        mOut << placeholder.toStdString();
        mEscaped.append(std::move(escaped));
        return;
    }
    const bool quoted = forceQuotes || (quoteIfAmbiguous && readsAsOtherType(s));
    // An escape takes at most four bytes for one and quotes add two: shorter texts stay short.
    const qsizetype rawSize = qsizetype(utf8.size());
    if (rawSize <= kLongKeyBytes && 4 * rawSize + 2 > kLongKeyBytes &&
        yamlCppScalar(QByteArray::fromStdString(utf8), flow, quoted).size() > kLongKeyBytes)
        mOut << YAML::LongKey;
    if (quoted) mOut << YAML::DoubleQuoted;
    mOut << utf8;
}

template <typename Node> void YamlOut::node(const Node &n)
{
    node(n, false);
}

template <typename Node> void YamlOut::node(const Node &n, bool inFlow)
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
        scalar(n.Scalar(), tag == "!", false, inFlow);
        return;
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map:
        break;
    }
    if (specific) mOut << YAML::VerbatimTag(tag);
    const bool flow = inFlow || n.Style() == YAML::EmitterStyle::Flow; // yaml-cpp nests flow in flow
    if (n.Style() == YAML::EmitterStyle::Flow) mOut << YAML::Flow;
    if (n.Style() == YAML::EmitterStyle::Block) mOut << YAML::Block;
    if (n.IsSequence()) {
        mOut << YAML::BeginSeq;
        for (const auto &item : n)
            node(static_cast<const Node &>(item), flow);
        mOut << YAML::EndSeq;
        return;
    }
    mOut << YAML::BeginMap;
    for (auto it = n.begin(); it != n.end(); ++it) {
        mOut << YAML::Key;
        node(it->first, flow);
        mOut << YAML::Value;
        node(it->second, flow);
    }
    mOut << YAML::EndMap;
}

void YamlOut::extraEntries(const ExtraKeys &extra, bool flow)
{
    for (const ExtraKey &e : extra) {
        mOut << YAML::Key;
        text(e.key, false, flow);
        mOut << YAML::Value;
        node(YAML::Load(e.yaml.toStdString()), flow);
    }
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

template <typename Node> QString yamlText(const Node &node)
{
    YamlOut out;
    out.node(node);
    return decodeUtf8(out.finish());
}

template void YamlOut::node(const YAML::Node &);
template void YamlOut::node(const TreeNode &);
template QString yamlText(const YAML::Node &);
template QString yamlText(const TreeNode &);

} // namespace Planar
