@echo off
rem The installed hdo-dw command on Windows: runs lib\hdo-dw.jar. It never builds and never reaches the network.
setlocal
set "HERE=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
if not defined HDO_DW_JAVA_OPTS set "HDO_DW_JAVA_OPTS=-Xmx2g"
rem the short commands start with the C1 compiler only; nightly and demo, which run for minutes, as usual
set "START=-XX:TieredStopAtLevel=1"
if "%~1"=="nightly" set "START="
if "%~1"=="demo" set "START="
"%JAVA%" %HDO_DW_JAVA_OPTS% %START% -jar "%HERE%\lib\hdo-dw.jar" %*
exit /b %ERRORLEVEL%
