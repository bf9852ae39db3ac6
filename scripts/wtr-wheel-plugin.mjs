// web-test-runner commands: 'send-wheel' for real (trusted) wheel events: the browser's own input pipeline, not a
// dispatched WheelEvent; tests call executeServerCommand('send-wheel', {position: [x, y], deltaY}).
// 'emulate-forced-colors' ({active: true|false}) turns forced-colors mode on and off.
export function sendWheelPlugin() {
  return {
    name: 'send-wheel-command',
    async executeCommand({command, payload, session}) {
      if (command === 'emulate-forced-colors') {
        // @web/test-runner-commands' emulateMedia has no forced-colors; ask the DevTools protocol directly
        const page = session.browser.getPage(session.id);
        const client = await page.createCDPSession();
        await client.send('Emulation.setEmulatedMedia', {
          features: [{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}],
        });
        return true;
      }
      if (command !== 'send-wheel') return undefined;
      const {position, deltaX = 0, deltaY = 0} = payload ?? {};
      if (!Array.isArray(position)) throw new Error('send-wheel needs {position: [x, y], deltaY}');
      const page = session.browser.getPage(session.id);
      await page.mouse.move(position[0], position[1]);
      await page.mouse.wheel({deltaX, deltaY});
      return true;
    },
  };
}
