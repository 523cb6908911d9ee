// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for StartupBench: an empty QMainWindow program built like `lantern`, quitting
// once its window is shown (as `lantern` does under LANTERN_EXIT_WHEN_SHOWN=1).
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

namespace {

class EmptyWindow : public QMainWindow
{
protected:
    void showEvent(QShowEvent* event) override
    {
        QMainWindow::showEvent(event);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    EmptyWindow window;
    window.resize(1000, 680);
    window.show();
    return QApplication::exec();
}
