/**
 * Named points where a fault-injection test kills the process (`DOSSIER_ABBRUCH=<name>`): a real
 * SIGKILL, as a power cut or a closed terminal would end it, so that the test sees what a killed
 * editor's command leaves behind and that the next run recovers. Without the variable nothing happens.
 */
export function faultPoint(name: string): void {
  if (process.env.DOSSIER_ABBRUCH === name) process.kill(process.pid, 'SIGKILL');
}
