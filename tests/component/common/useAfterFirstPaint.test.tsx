import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { useAfterFirstPaint } from '../../../src/webparts/udviklingsaftaler/components/common/useAfterFirstPaint';

const Probe: React.FC = () => {
  const below = useAfterFirstPaint();
  return (
    <>
      <p>matrix</p>
      {below && <p>goal list</p>}
    </>
  );
};

describe('useAfterFirstPaint (issue 21)', () => {
  afterEach(() => jest.useRealTimers());

  it('renders what lies below one task after the first commit', () => {
    jest.useFakeTimers();
    render(<Probe />);
    expect(screen.getByText('matrix')).toBeInTheDocument();
    expect(screen.queryByText('goal list')).not.toBeInTheDocument();
    act(() => {
      jest.advanceTimersByTime(0);
    });
    expect(screen.getByText('goal list')).toBeInTheDocument();
  });
});
