@echo off
rem briefcheck launcher for Windows (cmd.exe): the same as ./briefcheck on Linux and macOS. It builds
rem target\briefcheck.jar with mvnw.cmd when the jar is missing or older than the sources, records the
rem class-data archive, then runs the jar with the arguments given. The work is done by briefcheck.ps1
rem beside this file (Windows PowerShell 5.1, part of Windows 10 and 11, or PowerShell 7).
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0briefcheck.ps1" %*
exit /b %ERRORLEVEL%
