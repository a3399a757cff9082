@echo off
rem briefcheck launcher for Windows, from cmd.exe or PowerShell (.\briefcheck.cmd): the same as ./briefcheck on
rem Linux and macOS. It builds target\briefcheck.jar with mvnw.cmd when the jar is missing or a source has
rem changed since the last build, records the class-data archive target\briefcheck.jsa when it is missing or
rem older than the jar, then runs the jar with the arguments given and exits with its exit code.
rem Tested under Wine's cmd.exe by WindowsLauncherIT (docs/install.md says what that does and does not cover).
setlocal EnableExtensions DisableDelayedExpansion
set "here=%~dp0"
set "jar=%here%target\briefcheck.jar"
set "jsa=%here%target\briefcheck.jsa"
rem cmd.exe cannot compare the times of two files, but xcopy /D compares each file with its copy: the build
rem keeps a copy of the sources it was made from, and a source newer than its copy, or without one, is a change
set "built=%here%target\launcher-sources"
set "jvm=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData -Xms160m -Xmn48m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 -Xlog:disable"

rem the Java that mvnw.cmd builds with: JAVA_HOME's when it is set, else the first java.exe on the PATH
if not defined JAVA_HOME goto java-on-path
set "java=%JAVA_HOME:"=%\bin\java.exe"
if exist "%java%" goto java-found
>&2 echo briefcheck: JAVA_HOME is "%JAVA_HOME:"=%", which has no bin\java.exe. Set JAVA_HOME to the folder of a JDK 17, or clear it (set JAVA_HOME=) to use the java on your PATH.
exit /b 2
:java-on-path
set "java="
for %%j in (java.exe) do set "java=%%~$PATH:j"
if defined java goto java-found
>&2 echo briefcheck: needs Java 17, and java.exe is not on your PATH. Install a JDK 17 (e.g. winget install EclipseAdoptium.Temurin.17.JDK), then open a new terminal.
exit /b 2
:java-found

set "stale="
if not exist "%jar%" set stale=1
pushd "%here%"
for %%s in (src\main rules briefs) do if exist "%%s" call :changed "%%s" "%built%\%%s" /E /I
if exist pom.xml call :changed pom.xml "%built%\"
popd
if not defined stale goto jar-ready

rem mvnw.cmd downloads the pinned Maven on first use; maven.test.skip also leaves the test-only libraries undownloaded (pom.xml)
>&2 echo briefcheck: building the jar (first run only; needs Java 17, Maven comes with mvnw.cmd)...
set "next=%built%.next"
if exist "%next%" rmdir /s /q "%next%"
pushd "%here%"
for %%s in (src\main rules briefs) do if exist "%%s" xcopy /E /I /Q /Y "%%s" "%next%\%%s" >nul
if exist pom.xml xcopy /Q /Y pom.xml "%next%\" >nul
set "log=%TEMP%\briefcheck-build-%RANDOM%.log"
call "%here%mvnw.cmd" -B -q -Dstyle.color=never -Dmaven.test.skip=true package >"%log%" 2>&1
set "status=%ERRORLEVEL%"
popd
if "%status%"=="0" goto built
type "%log%" >&2
del "%log%"
if exist "%next%" rmdir /s /q "%next%"
>&2 echo briefcheck: the build failed (output above); run "mvnw.cmd -B package" to see it again.
exit /b 2
:built
del "%log%"
if exist "%built%" rmdir /s /q "%built%"
if exist "%next%" move "%next%" "%built%" >nul
:jar-ready

rem Java writes the archive read-only, and on Windows it cannot replace a read-only file: del /f first
set "record="
set "newest="
if not exist "%jsa%" set record=1
for /f "delims=" %%f in ('dir /b /o:d "%here%target\briefcheck.j??" 2^>nul') do set "newest=%%f"
if /i "%newest%"=="briefcheck.jar" set record=1
if not defined record goto archive-ready
if exist "%jsa%" del /f /q "%jsa%"
rem as the build does (pom.xml): list the classes a check loads, then dump them into a static archive
"%java%" %jvm% -XX:DumpLoadedClassList="%jsa%.classes" -jar "%jar%" check --fail-on never "%here%briefs" >nul 2>&1
if errorlevel 1 goto archive-failed
"%java%" -Xshare:dump -Xlog:disable -XX:SharedClassListFile="%jsa%.classes" -XX:SharedArchiveFile="%jsa%" -cp "%jar%" >nul 2>&1
if errorlevel 1 goto archive-failed
goto archive-recorded
:archive-failed
if exist "%jsa%" del /f /q "%jsa%"
:archive-recorded
if exist "%jsa%.classes" del /f /q "%jsa%.classes"
:archive-ready

rem the flags above are for runs of a second or two; a server runs for hours, and with the full JIT (C2) a warm
rem server spends about 40 per cent less CPU per check (src/bench/load.sh, once 40,000 drafts have warmed it up)
if "%~1"=="serve" set "jvm=-XX:+UseSerialGC -Xlog:disable"
if exist "%jsa%" set "jvm=%jvm% -XX:SharedArchiveFile="%jsa%" -Xshare:auto"
"%java%" %jvm% -jar "%jar%" %*
exit /b %ERRORLEVEL%

:changed
rem %1 a source folder or file, %2 its copy from the last build, then xcopy's options: xcopy /L lists the files
rem that /D would copy (new, or newer than their copy) with the summary line last, which is no file
for /f "delims=" %%f in ('xcopy /L /D /Y %3 %4 %1 %2 ^<nul 2^>nul') do if exist "%%f" set stale=1
exit /b
