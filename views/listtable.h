#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QString>
#include <QTableView>

// The pages' read-only lists: whole rows selected one at a time, no editing in place, no row
// numbers, the last column filling the width, alternating row colours.
inline QTableView *listTable(QWidget *parent, QAbstractItemModel *model, const char *objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}
