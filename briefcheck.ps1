# briefcheck launcher for Windows PowerShell 5.1 and PowerShell 7 (briefcheck.cmd runs it from cmd.exe):
# the same behaviour as the bash launcher ./briefcheck. Builds target\briefcheck.jar with mvnw.cmd (which
# downloads Maven on first use; -Dmaven.test.skip=true leaves the test-only libraries undownloaded) when the
# jar is missing or older than the sources, records the class-data archive target\briefcheck.jsa when it is
# missing or older than the jar, then runs the jar with the arguments given and exits with its exit code.
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
$jar = Join-Path $here 'target\briefcheck.jar'
$jsa = Join-Path $here 'target\briefcheck.jsa'
$jvm = @('-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xlog:disable')

function Say([string] $text) { [Console]::Error.WriteLine($text) }

if (-not (Get-Command java -ErrorAction SilentlyContinue)) {
    Say "briefcheck: needs Java 17, and 'java' is not on your PATH. Install a JDK 17 (e.g. winget install EclipseAdoptium.Temurin.17.JDK), then open a new terminal."
    exit 2
}

function Test-JarIsStale {
    if (-not (Test-Path $jar)) { return $true }
    $built = (Get-Item $jar).LastWriteTimeUtc
    $sources = @(Get-Item (Join-Path $here 'pom.xml'))
    foreach ($dir in 'src\main', 'rules', 'briefs') {
        $path = Join-Path $here $dir
        if (Test-Path $path) { $sources += Get-ChildItem -Path $path -Recurse -File }
    }
    return [bool]($sources | Where-Object { $_.LastWriteTimeUtc -gt $built } | Select-Object -First 1)
}

if (Test-JarIsStale) {
    Say 'briefcheck: building the jar (first run only; needs Java 17, Maven comes with mvnw.cmd)...'
    $out = [IO.Path]::GetTempFileName()
    $err = [IO.Path]::GetTempFileName()
    $build = Start-Process -FilePath (Join-Path $here 'mvnw.cmd') -WorkingDirectory $here -NoNewWindow -Wait -PassThru `
        -ArgumentList '-B', '-q', '-Dstyle.color=never', '-Dmaven.test.skip=true', 'package' `
        -RedirectStandardOutput $out -RedirectStandardError $err
    if ($build.ExitCode -ne 0) {
        Get-Content $out, $err | ForEach-Object { Say $_ }
        Remove-Item $out, $err
        Say "briefcheck: the build failed (output above); run 'mvnw.cmd -B package' to see it again."
        exit 2
    }
    Remove-Item $out, $err
}

if (-not (Test-Path $jsa) -or (Get-Item $jar).LastWriteTimeUtc -gt (Get-Item $jsa).LastWriteTimeUtc) {
    $ErrorActionPreference = 'Continue'
    & java @jvm "-XX:ArchiveClassesAtExit=$jsa" -jar $jar check --fail-on never (Join-Path $here 'briefs') *> $null
    if ($LASTEXITCODE -ne 0) { Remove-Item $jsa -ErrorAction SilentlyContinue }
    $ErrorActionPreference = 'Stop'
}
if ($args.Count -gt 0 -and $args[0] -eq 'serve') {
    # as ./briefcheck: a server runs for hours and spends less CPU per check with the full JIT (C2)
    $jvm = @('-XX:+UseSerialGC', '-Xlog:disable')
}
if (Test-Path $jsa) { $jvm += @("-XX:SharedArchiveFile=$jsa", '-Xshare:auto') }
& java @jvm -jar $jar @args
exit $LASTEXITCODE
