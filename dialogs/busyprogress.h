#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

// A progress dialog over long work done on the GUI thread (an import, an export, a PDF): shown
// at once, window-modal, with a running bar, closed when this goes out of scope. Work that
// knows how far it has come calls step(done, total).
class BusyProgress
{
    Q_DECLARE_TR_FUNCTIONS(BusyProgress)

public:
    BusyProgress(QWidget *parent, const QString &label);
    ~BusyProgress();
    BusyProgress(const BusyProgress &) = delete;
    BusyProgress &operator=(const BusyProgress &) = delete;

    void step(int done, int total);
    static QString objectName() { return QStringLiteral("busyProgress"); }

private:
    std::unique_ptr<QProgressDialog> m_dialog;
};
