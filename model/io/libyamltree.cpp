#include "libyamltree.h"

#include <yaml.h>

#include <cstring>

namespace Planar {

namespace {

constexpr std::size_t kMaxDepth = 100;

const std::string kPlainTag = "?";
const std::string kQuotedTag = "!";
const std::string kNoText;

/** Printable ASCII and line feeds: libyaml counts columns in characters, yaml-cpp in bytes. */
bool printableAscii(const QByteArray &yaml)
{
    for (const char c : yaml)
        if (c != '\n' && (c < 0x20 || c > 0x7E)) return false;
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

YAML::Mark markOf(const yaml_mark_t &m)
{
    YAML::Mark mark;
    mark.pos = int(m.index);
    mark.line = int(m.line);
    mark.column = int(m.column);
    return mark;
}

} // namespace

/** Turns libyaml's events into the tree; says false at the first thing it leaves to yaml-cpp. */
class TreeBuilder {
public:
    TreeBuilder(LibyamlTree &tree, const QByteArray &yaml) : mTree(tree), mYaml(yaml) {}

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
            if (flow && mYaml.at(qsizetype(e.start_mark.index)) != '{') return false;
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
        const qsizetype from = qsizetype(e.start_mark.index);
        if (s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
            !knownEscapes(mYaml.constData() + from, qsizetype(e.end_mark.index) - from))
            return false;
        Node node;
        node.mark = markOf(e.start_mark);
        node.quoted = s.style != YAML_PLAIN_SCALAR_STYLE;
        node.scalar.assign(reinterpret_cast<const char *>(s.value), s.length);
        // yaml-cpp's parser, not its node tree, turns these plain scalars into nulls.
        const std::string &v = node.scalar;
        const bool null =
            !node.quoted && (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL");
        node.type = null ? YAML::NodeType::Null : YAML::NodeType::Scalar;
        add(std::move(node));
        return true;
    }

    bool open(YAML::NodeType::value type, bool flow, const yaml_mark_t &mark)
    {
        // Deeper than any plan, and the re-emitting of unknown keys recurses: yaml-cpp's
        // parser refuses far deeper text with a message, so such text is left to it.
        if (mOpen.size() >= kMaxDepth) return false;
        Node node;
        node.type = type;
        node.flow = flow;
        node.mark = markOf(mark);
        mOpen.push_back(add(std::move(node)));
        return true;
    }

    int add(Node node)
    {
        const int index = int(mTree.mNodes.size());
        mTree.mNodes.push_back(std::move(node));
        if (!mOpen.empty()) mTree.mNodes[size_t(mOpen.back())].children.push_back(index);
        return index;
    }

    LibyamlTree &mTree;
    const QByteArray &mYaml;
    std::vector<int> mOpen;
    int mDocuments = 0;
};

std::unique_ptr<LibyamlTree> LibyamlTree::build(const QByteArray &yaml)
{
    if (!printableAscii(yaml)) return nullptr;
    auto tree = std::unique_ptr<LibyamlTree>(new LibyamlTree);
    if (!TreeBuilder(*tree, yaml).run()) return nullptr;
    return tree;
}

YAML::NodeType::value TreeNode::Type() const
{
    return mIndex < 0 ? YAML::NodeType::Undefined : mTree->mNodes[size_t(mIndex)].type;
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

const std::string &TreeNode::Scalar() const
{
    return IsScalar() ? mTree->mNodes[size_t(mIndex)].scalar : kNoText;
}

std::size_t TreeNode::size() const
{
    if (!IsSequence() && !IsMap()) return 0;
    const std::size_t children = mTree->mNodes[size_t(mIndex)].children.size();
    return IsMap() ? children / 2 : children;
}

TreeNode TreeNode::operator[](const char *key) const
{
    if (!IsMap()) return TreeNode();
    const std::vector<int> &children = mTree->mNodes[size_t(mIndex)].children;
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        const LibyamlTree::Node &k = mTree->mNodes[size_t(children[i])];
        if (k.type == YAML::NodeType::Scalar && k.scalar == key)
            return TreeNode(mTree, children[i + 1]);
    }
    return TreeNode();
}

const TreeItem &TreeNode::Iterator::operator*() const
{
    const std::vector<int> &children = mNode.mTree->mNodes[size_t(mNode.mIndex)].children;
    if (mNode.IsMap()) {
        mItem.first = TreeNode(mNode.mTree, children[2 * mAt]);
        mItem.second = TreeNode(mNode.mTree, children[2 * mAt + 1]);
    } else {
        static_cast<TreeNode &>(mItem) = TreeNode(mNode.mTree, children[mAt]);
    }
    return mItem;
}

} // namespace Planar
