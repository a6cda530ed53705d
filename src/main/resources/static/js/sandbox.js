/* The sandbox page: chats follow new messages, "Balas" picks the message a text answers. */
function sandboxVersion(element) {
    const marker = element.querySelector('[data-v]');
    return marker ? marker.dataset.v : '';
}
document.addEventListener('htmx:beforeSwap', function (event) {
    const target = event.detail.target;
    target.dataset.bottom = target.scrollHeight - target.scrollTop - target.clientHeight < 60 ? '1' : '';
});
document.addEventListener('htmx:afterSwap', function (event) {
    const target = event.detail.target;
    if (target.dataset.bottom) {
        target.scrollTop = target.scrollHeight;
    }
});
window.addEventListener('load', function () {
    document.querySelectorAll('.messages').forEach(function (m) { m.scrollTop = m.scrollHeight; });
});
document.addEventListener('click', function (event) {
    const button = event.target.closest('button.reply');
    if (!button) {
        return;
    }
    const composer = document.getElementById(button.dataset.composer);
    composer.querySelector('.reply-to').value = button.dataset.reply;
    composer.querySelector('.replying').textContent = '↩ #' + button.dataset.reply;
    composer.querySelector('textarea').focus();
});
