#pragma once

#include "models/domain/residentfile.h"
#include "models/domain/session.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class HouseRepository;

// Buildings → units → houses, each level read from the database only when it is opened.
class HouseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { Building, Unit, House };

    HouseTreeModel(HouseRepository &houses, const Session &session, QObject *parent = nullptr);
    ~HouseTreeModel() override;

    void reload();
    // The house behind an index; id 0 for buildings and units.
    HouseRecord house(const QModelIndex &index) const;
    NodeKind kind(const QModelIndex &index) const;
    // Opens the path to a house ("3-2-1201") and returns its index (invalid if unknown).
    QModelIndex indexOfHouse(const QString &number);
    QString lastError() const { return m_error; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    std::vector<std::unique_ptr<Node>> loadChildren(Node *node);

    HouseRepository &m_houses;
    Session m_session;
    std::unique_ptr<Node> m_root;
    QString m_error;
};
