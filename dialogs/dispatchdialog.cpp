#include "dialogs/dispatchdialog.h"

#include "dialogs/instantedit.h"
#include "models/repositories/requestrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

DispatchDialog::DispatchDialog(RequestRepository &requests, const Session &actor, const ServiceRequest &request,
                               const QList<UserRecord> &staff, const QTimeZone &zone, const Clock &clock,
                               QWidget *parent)
    : RequestStepDialog(requests, actor, request, zone, clock, parent), m_department(new QComboBox(this)),
      m_receiver(new QComboBox(this)), m_handedBy(new QLineEdit(this)), m_note(new QLineEdit(this)), m_staff(staff)
{
    setWindowTitle(request.state == RequestState::Registered ? tr("Dispatch %1").arg(request.number)
                                                             : tr("Dispatch %1 again").arg(request.number));
    m_department->setObjectName(QStringLiteral("department"));
    m_receiver->setObjectName(QStringLiteral("receiver"));
    m_handedBy->setObjectName(QStringLiteral("handedBy"));
    m_note->setObjectName(QStringLiteral("note"));
    m_department->setEditable(true);
    m_receiver->setEditable(true);
    m_receiver->setInsertPolicy(QComboBox::NoInsert);

    if (request.department == RequestCodes::directorDepartment()) {
        // A complaint against a supervisor or higher, CS or administrative staff (SPEC 3.1).
        m_department->addItem(RequestCodes::departmentName(request.department), request.department);
        m_department->setEnabled(false);
    } else {
        for (const QString &name : {tr("Engineering"), tr("Customer service"), tr("Security and order"),
                                    tr("Cleaning"), tr("Landscaping")})
            m_department->addItem(name, name);
        if (!request.department.isEmpty()) {
            const int at = m_department->findData(request.department);
            if (at < 0)
                m_department->addItem(request.department, request.department);
            m_department->setCurrentIndex(m_department->findData(request.department));
        }
    }
    m_given = request;
    fillReceivers();
    if (request.receiverUserId)
        m_receiver->setCurrentIndex(qMax(0, m_receiver->findData(request.receiverUserId)));
    else
        m_receiver->setEditText(request.receiverName);
    connect(m_department, &QComboBox::currentTextChanged, this, &DispatchDialog::fillReceivers);
    m_handedBy->setText(actor.displayName.isEmpty() ? actor.username : actor.displayName);
    m_handedBy->setReadOnly(true); // the handover is signed by whoever records it

    form()->addRow(tr("&Department:"), m_department);
    form()->addRow(tr("&Received by:"), m_receiver);
    form()->addRow(tr("&Handed over by:"), m_handedBy);
    addTimeRow(tr("&Time:"));
    form()->addRow(tr("&Note:"), m_note);
    finishLayout();
    registerField(m_receiver, {tr("Receiver")});
    registerField(m_department, {tr("Department")});
    m_receiver->setFocus(Qt::OtherFocusReason);
}

QList<Role> DispatchDialog::rolesOf(const QString &department)
{
    const QString name = department.trimmed();
    if (name == RequestCodes::directorDepartment() || name == RequestCodes::departmentName(RequestCodes::directorDepartment()))
        return {Role::Manager};
    if (name == tr("Engineering"))
        return {Role::Technician};
    if (name == tr("Customer service"))
        return {Role::Clerk, Role::Manager};
    if (name == tr("Security and order"))
        return {Role::Guard};
    if (name == tr("Cleaning") || name == tr("Landscaping"))
        return {};
    // A department typed in: anyone on the staff but the administrator's account.
    return {Role::Manager, Role::Clerk, Role::Guard, Role::Technician};
}

void DispatchDialog::fillReceivers()
{
    const QString department =
        m_department->isEnabled() ? m_department->currentText() : m_department->currentData().toString();
    const QList<Role> roles = rolesOf(department);
    const QString typed = m_receiver->currentIndex() <= 0 ? m_receiver->currentText() : QString();
    const QVariant chosen = m_receiver->currentData();
    m_receiver->blockSignals(true);
    m_receiver->clear();
    m_receiver->addItem(QString(), 0);
    for (const UserRecord &user : std::as_const(m_staff)) {
        // Whoever holds the ticket now stays on the list, whatever the department.
        if (roles.contains(user.role) || (m_given.receiverUserId && user.id == m_given.receiverUserId))
            m_receiver->addItem(tr("%1 (%2)").arg(user.displayName, Roles::displayName(user.role)), user.id);
    }
    const int keep = chosen.toLongLong() ? m_receiver->findData(chosen) : -1;
    if (keep > 0)
        m_receiver->setCurrentIndex(keep);
    else
        m_receiver->setEditText(typed);
    m_receiver->blockSignals(false);
}

void DispatchDialog::accept()
{
    DispatchInput in;
    // The director's routing is a code; otherwise whatever department is chosen or typed.
    in.department = m_department->isEnabled() ? m_department->currentText().trimmed()
                                              : m_department->currentData().toString();
    const QString typed = m_receiver->currentText().trimmed();
    const int index = m_receiver->findText(typed);
    if (index > 0) {
        in.receiverUserId = m_receiver->itemData(index).toLongLong();
        for (const UserRecord &user : std::as_const(m_staff)) {
            if (user.id == in.receiverUserId)
                in.receiverName = user.displayName;
        }
    } else {
        in.receiverName = typed; // someone without an account (a contractor)
    }
    if (in.department.isEmpty()) {
        showError(tr("Department: required."), m_department);
        return;
    }
    in.at = timeEdit()->instant();
    in.note = m_note->text().trimmed();
    if (!run(m_requests.dispatch(m_actor, m_request.id, m_request.rowVersion, in)))
        return;
    FormDialog::accept();
}
