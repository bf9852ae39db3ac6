// A web-test-runner command for real (trusted) wheel events: the browser's own input pipeline, not a
// dispatched WheelEvent. Tests call executeServerCommand('send-wheel', {position: [x, y], deltaY}).
export function sendWheelPlugin() {
  return {
    name: 'send-wheel-command',
    async executeCommand({command, payload, session}) {
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
