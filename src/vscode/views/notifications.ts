/** When a Check raises a notification: never beside a problem panel that already shows the verdict in full. */
export function shouldNotify(setting: boolean, panelVisible: boolean): boolean {
  return setting && !panelVisible;
}
