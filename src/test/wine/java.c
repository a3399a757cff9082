/*
 * A Windows java.exe for testing briefcheck.cmd under Wine (WindowsLauncherIT) with the Linux JDK.
 *
 * Wine starts a Linux program from a Windows one, but without a process handle: cmd.exe neither waits for it
 * nor gets its exit code, and Wine hands it only the standard input and output. So this program runs
 * java-unix.sh beside it with its own arguments, waits for the file where the script writes java's exit code,
 * copies the file that holds java's standard error to its own, and exits with that code.
 * Build: x86_64-w64-mingw32-gcc -O2 -o java.exe java.c
 */
#include <windows.h>

int main(void) {
    wchar_t dir[MAX_PATH], script[MAX_PATH], done[MAX_PATH], err[MAX_PATH];
    DWORD n = GetModuleFileNameW(NULL, dir, MAX_PATH);
    if (n == 0 || n >= MAX_PATH) return 125;
    *wcsrchr(dir, L'\\') = 0;
    DWORD pid = GetCurrentProcessId(), tick = GetTickCount();
    wsprintfW(script, L"%s\\java-unix.sh", dir);
    wsprintfW(done, L"%s\\exit-%lu-%lu", dir, pid, tick);
    wsprintfW(err, L"%s\\stderr-%lu-%lu", dir, pid, tick);

    /* the arguments exactly as given: the command line after the program's name */
    wchar_t *args = GetCommandLineW();
    if (*args == L'"') {
        args++;
        while (*args && *args != L'"') args++;
        if (*args) args++;
    } else {
        while (*args && *args != L' ' && *args != L'\t') args++;
    }
    static wchar_t line[32768];
    wsprintfW(line, L"\"%s\" \"%s\" \"%s\"", script, done, err);
    if (lstrlenW(line) + lstrlenW(args) >= 32767) return 125;
    lstrcatW(line, args);

    STARTUPINFOW si = { sizeof si };
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    si.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION pi;
    if (!CreateProcessW(script, line, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) return 126;

    HANDLE f;
    while ((f = CreateFileW(done, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_EXISTING, 0, NULL))
            == INVALID_HANDLE_VALUE) Sleep(10);
    char text[16] = {0};
    DWORD got = 0;
    ReadFile(f, text, sizeof text - 1, &got, NULL);
    CloseHandle(f);
    DeleteFileW(done);
    int code = 0;
    for (char *c = text; *c >= '0' && *c <= '9'; c++) code = code * 10 + (*c - '0');

    f = CreateFileW(err, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_EXISTING, 0, NULL);
    if (f != INVALID_HANDLE_VALUE) {
        static char buffer[65536];
        DWORD wrote;
        while (ReadFile(f, buffer, sizeof buffer, &got, NULL) && got > 0) {
            WriteFile(GetStdHandle(STD_ERROR_HANDLE), buffer, got, &wrote, NULL);
        }
        CloseHandle(f);
        DeleteFileW(err);
    }
    return code;
}
