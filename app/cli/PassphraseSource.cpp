// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PassphraseSource.h"

#include <csignal>
#include <cstdio>
#include <QByteArray>
#include <QFile>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace lantern::cli {

namespace {

constexpr qsizetype kMaxPassphraseBytes = 1024;

void clear(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void clear(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

/// UTF-8 bytes to the NFC-normalised SecureBytes every front end derives keys from, so a
/// passphrase set in the GUI opens the database here too. Wipes the intermediate QString.
Result<SecureBytes> securePassphrase(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return Error { QStringLiteral("the passphrase is empty") };
    QString text = QString::fromUtf8(utf8);
    Result<SecureBytes> bytes = SecureBytes::fromPassphrase(text);
    clear(text);
    return bytes;
}

// The terminal settings to restore if the user interrupts a prompt while echo is off.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndExit(int signal)
{
    if (g_echoOff != 0)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// Reads one line from the terminal with echo off into secure memory.
Result<SecureBytes> readHiddenLine(const QString& prompt)
{
    const QByteArray promptBytes = prompt.toUtf8();
    std::fputs(promptBytes.constData(), stderr);
    std::fflush(stderr);

    Result<SecureBytes> buffer = SecureBytes::allocate(kMaxPassphraseBytes);
    if (!buffer)
        return buffer.error();
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
        return Error { QStringLiteral("cannot switch off echo on this terminal") };
    struct termios hidden = g_savedTerminal;
    hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    hidden.c_lflag |= ECHONL;
    g_echoOff = 1;
    auto* previousInt = std::signal(SIGINT, restoreTerminalAndExit);
    auto* previousTerm = std::signal(SIGTERM, restoreTerminalAndExit);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);

    qsizetype length = 0;
    bool complete = false;
    bool tooLong = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        if (c == '\n') {
            complete = true;
            break;
        }
        if (length < kMaxPassphraseBytes)
            buffer->data()[length++] = static_cast<unsigned char>(c);
        else
            tooLong = true;
    }
    c = 0;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_echoOff = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);

    if (!complete)
        return Error { QStringLiteral("no passphrase was entered") };
    if (tooLong)
        return Error { QStringLiteral("the passphrase is longer than %1 bytes").arg(kMaxPassphraseBytes) };
    return securePassphrase(QByteArrayView(buffer->data(), length));
}

} // namespace

PassphraseSource PassphraseSource::current(QString file, QString prompt)
{
    return PassphraseSource(false, std::move(file), std::move(prompt));
}

PassphraseSource PassphraseSource::replacement(QString file)
{
    return PassphraseSource(true, std::move(file), QStringLiteral("New passphrase: "));
}

QString PassphraseSource::environmentVariable() const
{
    return m_isNew ? QStringLiteral("LANTERN_NEW_PASSPHRASE") : QStringLiteral("LANTERN_PASSPHRASE");
}

bool PassphraseSource::canPrompt()
{
    return ::isatty(STDIN_FILENO) == 1;
}

Result<SecureBytes> PassphraseSource::read(bool confirm) const
{
    if (qEnvironmentVariableIsSet(environmentVariable().toLatin1().constData()))
        return fromEnvironment();
    if (!m_file.isEmpty())
        return fromFile();
    if (canPrompt())
        return fromTerminal(confirm);
    if (m_isNew)
        return Error { QStringLiteral("no new passphrase: set LANTERN_NEW_PASSPHRASE, use "
                                      "--new-passphrase-file, or run in a terminal") };
    return Error { QStringLiteral(
        "no passphrase: set LANTERN_PASSPHRASE, use --passphrase-file, or run in a terminal") };
}

Result<SecureBytes> PassphraseSource::fromEnvironment() const
{
    const QString name = environmentVariable();
    QByteArray value = qgetenv(name.toLatin1().constData());
    Result<SecureBytes> bytes = securePassphrase(value);
    clear(value);
    if (!bytes)
        return Error { QStringLiteral("%1 is set but %2").arg(name, bytes.errorMessage()) };
    return bytes;
}

Result<SecureBytes> PassphraseSource::fromFile() const
{
    QFile file(m_file);
    // Unbuffered: no QIODevice buffer may keep a copy of the secret that we cannot wipe.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error {
            QStringLiteral("cannot read the passphrase file %1: %2").arg(m_file, file.errorString())
        };
    QByteArray content = file.read(kMaxPassphraseBytes + 2);
    qsizetype end = content.indexOf('\n');
    if (end < 0)
        end = content.size();
    if (end > 0 && content.at(end - 1) == '\r')
        --end; // a file written on Windows
    Result<SecureBytes> bytes = end > kMaxPassphraseBytes
        ? Result<SecureBytes>(
            Error { QStringLiteral("the passphrase is longer than %1 bytes").arg(kMaxPassphraseBytes) })
        : securePassphrase(QByteArrayView(content.constData(), end));
    clear(content);
    if (!bytes)
        return Error { QStringLiteral("passphrase file %1: %2").arg(m_file, bytes.errorMessage()) };
    return bytes;
}

Result<SecureBytes> PassphraseSource::fromTerminal(bool confirm) const
{
    Result<SecureBytes> first = readHiddenLine(m_prompt);
    if (!first || !confirm)
        return first;
    Result<SecureBytes> second = readHiddenLine(QStringLiteral("Repeat the passphrase: "));
    if (!second)
        return second.error();
    if (!first->equals(*second))
        return Error { QStringLiteral("the two passphrases do not match; nothing was changed") };
    return first;
}

} // namespace lantern::cli
