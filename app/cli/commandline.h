#pragma once

#include <QStringList>
#include <QTextStream>

// estatedesk-cli: the console program over the same data layer as the GUI (SPEC 10).
// Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err, QTextStream &in);
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};
