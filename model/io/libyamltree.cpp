#include "libyamltree.h"

#include <yaml.h>

#include <cstring>

namespace Planar {

namespace {

constexpr std::size_t kMaxDepth = 100;

const std::string kPlainTag = "?";
const std::string kQuotedTag = "!";
const std::string kNoText;

/**
 * Text the two parsers read alike: printable ASCII and line feeds, and UTF-8 beyond ASCII
 * except what libyaml, a YAML 1.1 reader, takes for a line break or a byte-order mark (NEL,
 * U+2028, U+2029, U+FEFF) and the C1 controls. Invalid UTF-8 libyaml refuses by itself.
 * Says in @p ascii whether the text is all ASCII, where marks need no converting.
 */
bool readAlike(const QByteArray &yaml, bool *ascii)
{
    const auto *p = reinterpret_cast<const uchar *>(yaml.constData());
    const qsizetype n = yaml.size();
    *ascii = true;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = p[i];
        if (c == '\n' || (c >= 0x20 && c <= 0x7E)) continue;
        if (c < 0x80) return false; // tabs, carriage returns, controls, DEL
        *ascii = false;
        const uchar next = i + 1 < n ? p[i + 1] : 0;
        const uchar third = i + 2 < n ? p[i + 2] : 0;
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F) return false;                // C1, NEL
        if (c == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9)) return false; // LS, PS
        if (c == 0xEF && next == 0xBB && third == 0xBF) return false;                 // BOM
    }
    return true;
}

/** Double-quoted escapes the two parsers read alike; \N, \L, \P, \_ … they do not. */
bool knownEscapes(const char *raw, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (raw[i] != '\\') continue;
        if (++i == size || !std::strchr("\"\\ntrbxuU", raw[i])) return false;
    }
    return true;
}

/** The bytes of a UTF-8 sequence that starts with @p lead. */
int sequenceLength(uchar lead)
{
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/**
 * libyaml's marks count characters, yaml-cpp's (and the plan's line:column messages) count
 * bytes: the same for ASCII, converted through the line starts otherwise.
 */
class ByteMarks {
public:
    ByteMarks(const QByteArray &yaml, bool ascii) : mYaml(yaml), mAscii(ascii)
    {
        if (mAscii) return;
        mLineStarts.push_back(0);
        for (qsizetype i = 0; i < yaml.size(); ++i)
            if (yaml[i] == '\n') mLineStarts.push_back(i + 1);
    }

    /** The byte offset of @p m in the text. */
    qsizetype offset(const yaml_mark_t &m) const
    {
        if (mAscii) return qsizetype(m.index);
        qsizetype at = lineStart(m.line);
        for (size_t c = 0; c < m.column && at < mYaml.size(); ++c)
            at += sequenceLength(uchar(mYaml[at]));
        return qMin(at, mYaml.size());
    }

    YAML::Mark mark(const yaml_mark_t &m) const
    {
        YAML::Mark mark;
        mark.line = int(m.line);
        if (mAscii) {
            mark.pos = int(m.index);
            mark.column = int(m.column);
        } else {
            const qsizetype at = offset(m);
            mark.pos = int(at);
            mark.column = int(at - lineStart(m.line));
        }
        return mark;
    }

private:
    qsizetype lineStart(size_t line) const
    {
        return line < mLineStarts.size() ? mLineStarts[line] : mYaml.size();
    }

    const QByteArray &mYaml;
    bool mAscii;
    std::vector<qsizetype> mLineStarts;
};

} // namespace

/** Turns libyaml's events into the tree; says false at the first thing it leaves to yaml-cpp. */
class TreeBuilder {
public:
    TreeBuilder(LibyamlTree &tree, const QByteArray &yaml, bool ascii)
        : mTree(tree), mYaml(yaml), mMarks(yaml, ascii)
    {
    }

    bool run()
    {
        yaml_parser_t parser;
        if (!yaml_parser_initialize(&parser)) return false;
        yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(mYaml.data()),
                                     size_t(mYaml.size()));
        bool ok = true, done = false;
        while (ok && !done) {
            yaml_event_t e;
            if (!yaml_parser_parse(&parser, &e)) {
                ok = false;
                break;
            }
            done = e.type == YAML_STREAM_END_EVENT;
            ok = take(e);
            yaml_event_delete(&e);
        }
        yaml_parser_delete(&parser);
        return ok && mDocuments == 1 && mOpen.empty() && !mTree.mNodes.empty();
    }

private:
    using Node = LibyamlTree::Node;

    bool take(const yaml_event_t &e)
    {
        switch (e.type) {
        case YAML_DOCUMENT_START_EVENT:
            return ++mDocuments == 1 && !e.data.document_start.version_directive &&
                   e.data.document_start.tag_directives.start ==
                       e.data.document_start.tag_directives.end;
        case YAML_SCALAR_EVENT:
            return scalar(e);
        case YAML_SEQUENCE_START_EVENT:
            if (e.data.sequence_start.anchor || e.data.sequence_start.tag) return false;
            return open(YAML::NodeType::Sequence,
                        e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE, e.start_mark);
        case YAML_MAPPING_START_EVENT: {
            if (e.data.mapping_start.anchor || e.data.mapping_start.tag) return false;
            const bool flow = e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
            // A single pair in a flow sequence ("[a: 1]") is a mapping without braces.
            if (flow && mYaml.at(mMarks.offset(e.start_mark)) != '{') return false;
            return open(YAML::NodeType::Map, flow, e.start_mark);
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            mOpen.pop_back();
            return true;
        case YAML_ALIAS_EVENT:
            return false;
        default:
            return true;
        }
    }

    bool scalar(const yaml_event_t &e)
    {
        const auto &s = e.data.scalar;
        if (s.anchor || s.tag || e.start_mark.line != e.end_mark.line) return false;
        if (s.style != YAML_PLAIN_SCALAR_STYLE && s.style != YAML_SINGLE_QUOTED_SCALAR_STYLE &&
            s.style != YAML_DOUBLE_QUOTED_SCALAR_STYLE)
            return false;
        if (s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) {
            const qsizetype from = mMarks.offset(e.start_mark);
            if (!knownEscapes(mYaml.constData() + from, mMarks.offset(e.end_mark) - from))
                return false;
        }
        Node node;
        node.mark = mMarks.mark(e.start_mark);
        node.quoted = s.style != YAML_PLAIN_SCALAR_STYLE;
        const std::string_view v(reinterpret_cast<const char *>(s.value), s.length);
        node.textAt = quint32(mTree.mText.size());
        node.textSize = quint32(v.size());
        mTree.mText.append(v);
        // yaml-cpp's parser, not its node tree, turns these plain scalars into nulls.
        const bool null =
            !node.quoted && (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL");
        node.type = null ? YAML::NodeType::Null : YAML::NodeType::Scalar;
        add(node);
        return true;
    }

    bool open(YAML::NodeType::value type, bool flow, const yaml_mark_t &mark)
    {
        // Deeper than any plan, and the re-emitting of unknown keys recurses: yaml-cpp's
        // parser refuses far deeper text with a message, so such text is left to it.
        if (mOpen.size() >= kMaxDepth) return false;
        Node node;
        node.type = quint8(type);
        node.flow = flow;
        node.mark = mMarks.mark(mark);
        const int index = add(node);
        mOpen.push_back({index, -1});
        return true;
    }

    int add(const Node &node)
    {
        const int index = int(mTree.mNodes.size());
        mTree.mNodes.push_back(node);
        if (!mOpen.empty()) {
            Parent &parent = mOpen.back();
            if (parent.lastChild < 0)
                mTree.mNodes[size_t(parent.index)].firstChild = index;
            else
                mTree.mNodes[size_t(parent.lastChild)].nextSibling = index;
            parent.lastChild = index;
            ++mTree.mNodes[size_t(parent.index)].childCount;
        }
        return index;
    }

    struct Parent {
        int index;
        int lastChild;
    };
    LibyamlTree &mTree;
    const QByteArray &mYaml;
    ByteMarks mMarks;
    std::vector<Parent> mOpen;
    int mDocuments = 0;
};

std::unique_ptr<LibyamlTree> LibyamlTree::build(const QByteArray &yaml)
{
    bool ascii = true;
    if (!readAlike(yaml, &ascii)) return nullptr;
    auto tree = std::unique_ptr<LibyamlTree>(new LibyamlTree);
    // Reserved generously: pages never written are never resident. A plan takes about one
    // node per 8 bytes of YAML and fewer scalar bytes than the file.
    tree->mNodes.reserve(size_t(yaml.size()) / 6 + 16);
    tree->mText.reserve(size_t(yaml.size()));
    if (!TreeBuilder(*tree, yaml, ascii).run()) return nullptr;
    return tree;
}

YAML::NodeType::value TreeNode::Type() const
{
    return mIndex < 0 ? YAML::NodeType::Undefined
                      : YAML::NodeType::value(mTree->mNodes[size_t(mIndex)].type);
}

const std::string &TreeNode::Tag() const
{
    return mIndex >= 0 && mTree->mNodes[size_t(mIndex)].quoted ? kQuotedTag : kPlainTag;
}

YAML::EmitterStyle::value TreeNode::Style() const
{
    if (mIndex < 0) return YAML::EmitterStyle::Default;
    return mTree->mNodes[size_t(mIndex)].flow ? YAML::EmitterStyle::Flow
                                              : YAML::EmitterStyle::Block;
}

YAML::Mark TreeNode::Mark() const
{
    return mIndex < 0 ? YAML::Mark::null_mark() : mTree->mNodes[size_t(mIndex)].mark;
}

std::string_view TreeNode::ScalarView() const
{
    if (!IsScalar()) return {};
    const LibyamlTree::Node &n = mTree->mNodes[size_t(mIndex)];
    return std::string_view(mTree->mText).substr(n.textAt, n.textSize);
}

const std::string &TreeNode::Scalar() const
{
    if (!IsScalar()) return kNoText;
    const auto [it, added] = mTree->mScalars.try_emplace(mIndex);
    if (added) it->second = ScalarView();
    return it->second;
}

std::size_t TreeNode::size() const
{
    if (!IsSequence() && !IsMap()) return 0;
    const std::size_t children = std::size_t(mTree->mNodes[size_t(mIndex)].childCount);
    return IsMap() ? children / 2 : children;
}

TreeNode TreeNode::operator[](const char *key) const
{
    if (!IsMap()) return TreeNode();
    const std::vector<LibyamlTree::Node> &nodes = mTree->mNodes;
    const std::string_view wanted(key);
    for (int k = nodes[size_t(mIndex)].firstChild; k >= 0;) {
        const int value = nodes[size_t(k)].nextSibling;
        if (value < 0) break;
        const LibyamlTree::Node &n = nodes[size_t(k)];
        if (n.type == YAML::NodeType::Scalar &&
            std::string_view(mTree->mText).substr(n.textAt, n.textSize) == wanted)
            return TreeNode(mTree, value);
        k = nodes[size_t(value)].nextSibling;
    }
    return TreeNode();
}

TreeNode::Iterator TreeNode::begin() const
{
    const bool collection = IsSequence() || IsMap();
    return Iterator(*this, 0, collection ? mTree->mNodes[size_t(mIndex)].firstChild : -1);
}

TreeNode::Iterator TreeNode::end() const
{
    return Iterator(*this, size(), -1);
}

TreeNode::Iterator &TreeNode::Iterator::operator++()
{
    ++mAt;
    const std::vector<LibyamlTree::Node> &nodes = mNode.mTree->mNodes;
    if (mChild >= 0) mChild = nodes[size_t(mChild)].nextSibling; // past the item or the key
    if (mChild >= 0 && mNode.IsMap()) mChild = nodes[size_t(mChild)].nextSibling; // the value
    return *this;
}

const TreeItem &TreeNode::Iterator::operator*() const
{
    if (mNode.IsMap()) {
        mItem.first = TreeNode(mNode.mTree, mChild);
        mItem.second = TreeNode(mNode.mTree, mNode.mTree->mNodes[size_t(mChild)].nextSibling);
    } else {
        static_cast<TreeNode &>(mItem) = TreeNode(mNode.mTree, mChild);
    }
    return mItem;
}

} // namespace Planar
