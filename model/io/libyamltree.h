#pragma once

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/type.h>

#include <QByteArray>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Planar {

class LibyamlTree;

/**
 * A node of a LibyamlTree, with the part of YAML::Node's interface the plan reader asks of a
 * node (types, tag, mark, scalar, children), so that one reader serves both trees.
 */
class TreeNode {
public:
    /** The undefined node, as YAML::Node(NodeType::Undefined). */
    explicit TreeNode(YAML::NodeType::value = YAML::NodeType::Undefined) {}
    TreeNode(const LibyamlTree *tree, int index) : mTree(tree), mIndex(index) {}

    YAML::NodeType::value Type() const;
    bool IsDefined() const { return mIndex >= 0; }
    bool IsNull() const { return Type() == YAML::NodeType::Null; }
    bool IsScalar() const { return Type() == YAML::NodeType::Scalar; }
    bool IsSequence() const { return Type() == YAML::NodeType::Sequence; }
    bool IsMap() const { return Type() == YAML::NodeType::Map; }
    /** "?" for plain scalars and collections, "!" for quoted scalars: never a specific tag. */
    const std::string &Tag() const;
    YAML::EmitterStyle::value Style() const;
    YAML::Mark Mark() const;
    /** For yaml-cpp's interface (re-emitting unknown keys): copied out on first ask. */
    const std::string &Scalar() const;
    /** The scalar's bytes where the tree keeps them: what the reader reads. */
    std::string_view ScalarView() const;
    std::size_t size() const;
    /** The value of @p key in a mapping; undefined when absent or not a mapping. */
    TreeNode operator[](const char *key) const;

    class Iterator;
    Iterator begin() const;
    Iterator end() const;

private:
    const LibyamlTree *mTree = nullptr;
    int mIndex = -1;
};

/** A child: a sequence item, or a mapping entry as first (key) and second (value). */
struct TreeItem : public TreeNode {
    TreeNode first, second;
};

class TreeNode::Iterator {
public:
    /** At child @p at of @p node, which is node @p child of the tree (-1 at the end). */
    Iterator(const TreeNode &node, std::size_t at, int child) : mNode(node), mAt(at), mChild(child)
    {
    }
    const TreeItem &operator*() const;
    const TreeItem *operator->() const { return &**this; }
    Iterator &operator++();
    bool operator!=(const Iterator &other) const { return mAt != other.mAt; }

private:
    TreeNode mNode;
    std::size_t mAt;
    int mChild; // a sequence's item, or a mapping entry's key
    mutable TreeItem mItem;
};

/**
 * A plan file's YAML as a compact tree built from libyaml's events: the fast path of reading
 * (docs/performance.md). It takes only the YAML on which libyaml and yaml-cpp are known to
 * give the same tree with the same marks — one document of printable ASCII or UTF-8 without
 * tabs, carriage returns or what YAML 1.1 reads as a line break (NEL, U+2028, U+2029), no
 * anchors, aliases, tags or directives, no block or multi-line scalars, double-quoted escapes
 * only of the kinds Planar writes, flow mappings only in braces — and refuses everything
 * else, which the reader then reads with yaml-cpp.
 */
class LibyamlTree {
public:
    /** The tree of @p yaml, or null when the text is one this fast path leaves to yaml-cpp. */
    static std::unique_ptr<LibyamlTree> build(const QByteArray &yaml);

    TreeNode root() const { return TreeNode(this, 0); }

private:
    friend class TreeNode;
    friend class TreeBuilder;
    // Compact, as the tree of a large plan holds millions of nodes while the plan is built
    // beside it (docs/performance.md: peak memory): no string and no list per node.
    struct Node {
        quint8 type = YAML::NodeType::Null;
        bool quoted = false;
        bool flow = false;
        YAML::Mark mark;
        quint32 textAt = 0; // a scalar's bytes in mText
        quint32 textSize = 0;
        // Children are chained: a mapping's are key, value, key, value …
        int firstChild = -1;
        int nextSibling = -1;
        int childCount = 0;
    };
    std::vector<Node> mNodes;
    std::string mText; // every scalar's bytes, one after the other
    // Scalars copied out for Scalar(), by node; a map's references stay valid as it grows.
    mutable std::unordered_map<int, std::string> mScalars;
};

} // namespace Planar
