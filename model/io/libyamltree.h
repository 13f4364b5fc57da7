#pragma once

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/type.h>

#include <QByteArray>

#include <memory>
#include <string>
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
    const std::string &Scalar() const;
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
    Iterator(const TreeNode &node, std::size_t at) : mNode(node), mAt(at) {}
    const TreeItem &operator*() const;
    const TreeItem *operator->() const { return &**this; }
    Iterator &operator++()
    {
        ++mAt;
        return *this;
    }
    bool operator!=(const Iterator &other) const { return mAt != other.mAt; }

private:
    TreeNode mNode;
    std::size_t mAt;
    mutable TreeItem mItem;
};

inline TreeNode::Iterator TreeNode::begin() const
{
    return Iterator(*this, 0);
}

inline TreeNode::Iterator TreeNode::end() const
{
    return Iterator(*this, size());
}

/**
 * A plan file's YAML as a compact tree built from libyaml's events: the fast path of reading
 * (docs/performance.md). It takes only the YAML on which libyaml and yaml-cpp are known to
 * give the same tree with the same marks — one document of printable ASCII without tabs, no
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
    struct Node {
        YAML::NodeType::value type = YAML::NodeType::Null;
        bool quoted = false;
        bool flow = false;
        YAML::Mark mark;
        std::string scalar;
        std::vector<int> children; // a mapping's are key, value, key, value …
    };
    std::vector<Node> mNodes;
};

} // namespace Planar
