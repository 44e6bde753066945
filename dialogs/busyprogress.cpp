#include "dialogs/busyprogress.h"

#include <QApplication>
#include <QProgressDialog>

BusyProgress::BusyProgress(QWidget *parent, const QString &label)
    : m_dialog(std::make_unique<QProgressDialog>(label, QString(), 0, 0, parent))
{
    m_dialog->setObjectName(objectName());
    m_dialog->setWindowTitle(QApplication::applicationDisplayName());
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setCancelButton(nullptr); // the work runs to its end: a file is written whole or not at all
    m_dialog->setAutoClose(false);
    m_dialog->setValue(0);
    m_dialog->show();
    // Painted before the work starts (the work holds the event loop until it is done).
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

BusyProgress::~BusyProgress()
{
    m_dialog->hide();
}

void BusyProgress::step(int done, int total)
{
    if (m_dialog->maximum() != total)
        m_dialog->setMaximum(total);
    m_dialog->setValue(done);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}
