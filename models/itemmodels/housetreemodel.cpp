#include "models/itemmodels/housetreemodel.h"

#include "models/itemmodels/itemroles.h"
#include "models/repositories/houserepository.h"

#include <QCollator>

#include <algorithm>

struct HouseTreeModel::Node
{
    NodeKind kind = NodeKind::Building;
    QString building;
    QString unit;
    HouseRecord house;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetched = false;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {
// "2" before "10", as people number buildings and rooms.
void sortNaturally(QStringList &list)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(list.begin(), list.end(), collator);
}
} // namespace

HouseTreeModel::HouseTreeModel(HouseRepository &houses, const Session &session, QObject *parent)
    : QAbstractItemModel(parent), m_houses(houses), m_session(session), m_root(std::make_unique<Node>())
{
    reload();
}

HouseTreeModel::~HouseTreeModel() = default;

void HouseTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->children = loadChildren(m_root.get());
    m_root->fetched = true;
    endResetModel();
}

std::vector<std::unique_ptr<HouseTreeModel::Node>> HouseTreeModel::loadChildren(Node *node)
{
    std::vector<std::unique_ptr<Node>> children;
    auto addHouses = [&](const QString &building, const QString &unit) {
        const auto houses = m_houses.houses(m_session, building, unit);
        if (!houses) {
            m_error = houses.error();
            return;
        }
        QList<HouseRecord> sorted = houses.value();
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(sorted.begin(), sorted.end(),
                  [&](const HouseRecord &a, const HouseRecord &b) { return collator.compare(a.room, b.room) < 0; });
        for (const HouseRecord &house : sorted) {
            auto child = std::make_unique<Node>();
            child->kind = NodeKind::House;
            child->building = building;
            child->unit = unit;
            child->house = house;
            child->parent = node;
            child->fetched = true;
            children.push_back(std::move(child));
        }
    };

    if (node == m_root.get()) {
        const auto buildings = m_houses.buildings(m_session);
        if (!buildings) {
            m_error = buildings.error();
            return children;
        }
        QStringList codes = buildings.value();
        sortNaturally(codes);
        for (const QString &code : codes) {
            auto child = std::make_unique<Node>();
            child->kind = NodeKind::Building;
            child->building = code;
            child->parent = node;
            children.push_back(std::move(child));
        }
    } else if (node->kind == NodeKind::Building) {
        const auto units = m_houses.units(m_session, node->building);
        if (!units) {
            m_error = units.error();
            return children;
        }
        QStringList codes = units.value();
        sortNaturally(codes);
        for (const QString &code : codes) {
            if (code.isEmpty()) { // a building without units: its houses hang on the building
                addHouses(node->building, code);
                continue;
            }
            auto child = std::make_unique<Node>();
            child->kind = NodeKind::Unit;
            child->building = node->building;
            child->unit = code;
            child->parent = node;
            children.push_back(std::move(child));
        }
    } else if (node->kind == NodeKind::Unit) {
        addHouses(node->building, node->unit);
    }
    return children;
}

HouseTreeModel::Node *HouseTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex HouseTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex HouseTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeOf(child);
    Node *parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row(), 0, parentNode);
}

int HouseTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int HouseTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool HouseTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (parent.column() > 0)
        return false;
    if (node->kind == NodeKind::House && parent.isValid())
        return false;
    return !node->fetched || !node->children.empty();
}

bool HouseTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.column() <= 0 && !nodeOf(parent)->fetched;
}

void HouseTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (node->fetched)
        return;
    node->fetched = true;
    auto children = loadChildren(node);
    if (children.empty())
        return;
    beginInsertRows(parent, 0, int(children.size()) - 1);
    node->children = std::move(children);
    endInsertRows();
}

QVariant HouseTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (role == ItemRoles::IdRole)
        return node->kind == NodeKind::House ? node->house.id : 0;
    if (role == ItemRoles::CodeRole)
        return node->kind == NodeKind::House ? node->house.number : node->building;
    if (role == Qt::ToolTipRole && node->kind == NodeKind::House)
        return tr("%1, %2").arg(ResidentCodes::houseTypeName(node->house.type),
                                ResidentCodes::houseStatusName(node->house.status));
    if (role != Qt::DisplayRole)
        return {};
    switch (node->kind) {
    case NodeKind::Building: return tr("Building %1").arg(node->building);
    case NodeKind::Unit: return tr("Unit %1").arg(node->unit);
    case NodeKind::House: return node->house.room;
    }
    return {};
}

QVariant HouseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Houses");
    return {};
}

HouseRecord HouseTreeModel::house(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->kind == NodeKind::House ? node->house : HouseRecord{};
}

HouseTreeModel::NodeKind HouseTreeModel::kind(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

QModelIndex HouseTreeModel::indexOfHouse(const QString &number)
{
    const auto parts = HouseRepository::parseNumber(number);
    if (!parts)
        return {};
    QModelIndex parent;
    auto findChild = [this](const QModelIndex &at, auto predicate) -> QModelIndex {
        if (canFetchMore(at))
            fetchMore(at);
        for (int row = 0; row < rowCount(at); ++row) {
            const QModelIndex child = index(row, 0, at);
            if (predicate(nodeOf(child)))
                return child;
        }
        return {};
    };
    parent = findChild(parent, [&](const Node *n) { return n->kind == NodeKind::Building && n->building == parts->building; });
    if (!parent.isValid())
        return {};
    if (!parts->unit.isEmpty()) {
        parent = findChild(parent, [&](const Node *n) { return n->kind == NodeKind::Unit && n->unit == parts->unit; });
        if (!parent.isValid())
            return {};
    }
    return findChild(parent, [&](const Node *n) { return n->kind == NodeKind::House && n->house.room == parts->room; });
}
