#pragma once

#include "models/database/clock.h"
#include "models/database/database.h"
#include "models/domain/session.h"
#include "models/repositories/userrepository.h"
#include "testdatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh database (an SQLite file, or one on the test server: testdatabase.h) on a manual
// clock, with an administrator and a clerk.
struct GuiFixture
{
    QTemporaryDir dir;
    TestDatabase store{dir.path()};
    ManualClock clock{QDateTime(QDate(2026, 2, 12), QTime(2, 0), Qt::UTC)}; // 10:00 in Shanghai
    std::unique_ptr<Database> db;
    Session admin;
    Session clerk;

    explicit GuiFixture(bool withUsers = true)
    {
        db = std::make_unique<Database>(clock);
        const Status opened = store.open(*db, QStringLiteral("gui.sqlite"));
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
        if (!withUsers)
            return;
        UserRepository users(*db);
        admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                               QStringLiteral("admin-pass-1"))
                    .value();
        const qint64 clerkId = users.addUser(admin, QStringLiteral("clerk"), QStringLiteral("Carl Clerk"), Role::Clerk,
                                             QStringLiteral("clerk-pass-1"))
                                   .value();
        clerk = Session{clerkId, QStringLiteral("clerk"), QStringLiteral("Carl Clerk"), Role::Clerk};
    }
};

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

inline void typeInto(QObject *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QTimer>

// QTest::keyClicks cannot type Chinese in Qt 6.4: commit it as an input method would.
inline void commitText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

// Runs body on the dialog once its own event loop (exec) is running.
template<typename Body>
void whenShown(QWidget *dialog, Body body)
{
    QTimer::singleShot(0, dialog, [dialog, body] { body(dialog); });
}
